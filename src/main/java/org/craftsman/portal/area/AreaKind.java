package org.craftsman.portal.area;

public enum AreaKind {

	/** A physical exchange area in the exhibition centre. */
	OFFLINE,
	/** A zone of the online exhibition hall. */
	ONLINE

}
