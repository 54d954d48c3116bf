package org.craftsman.portal.admin;

/**
 * One suggestion for a form field that names a record from a long list: as an organizer
 * types, admin.js offers the first matches.
 *
 * @param value the record's natural key, which is what the form sends
 * @param label what else helps to pick it
 */
public record Suggestion(String value, String label) {

	/** How many suggestions a field offers at most. */
	public static final int LIMIT = 20;

}
