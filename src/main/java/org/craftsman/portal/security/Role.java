package org.craftsman.portal.security;

public enum Role {

	/** Enters and corrects everything through the admin forms. */
	ORGANIZER,
	/** Reads the summary totals on the dashboard. */
	STAFF

}
