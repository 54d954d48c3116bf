package org.craftsman.portal.hall;

public enum MediaKind {

	GRAPHIC, AUDIO, VIDEO

}
