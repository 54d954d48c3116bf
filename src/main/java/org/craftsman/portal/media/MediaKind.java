package org.craftsman.portal.media;

public enum MediaKind {

	GRAPHIC, AUDIO, VIDEO

}
