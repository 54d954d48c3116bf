package org.craftsman.portal.admin;

import java.util.Locale;

/**
 * One section of the admin, editing one kind of record. Each feature declares its own
 * sections; the admin collects them ({@link AdminSections}) and knows none by name.
 *
 * @param name what the audit log records as the entity type, e.g. {@code RESULTS}
 * @param path the section's address below /admin/
 * @param templates the folder of the section's templates, beside its feature's public
 * pages
 * @param position where the section stands on the admin's front page and in its lists
 * @param importSlug the name of the section's records in import and export addresses and
 * file names, or null when spreadsheets do not carry them
 */
public record AdminSection(String name, String path, String templates, int position, String importSlug) {

	/** The section's address below /admin/. */
	public String getPath() {
		return this.path;
	}

	public String getUrl() {
		return "/admin/" + this.path;
	}

	/** The prefix of the section's labels ({@code admin.<key>.*}). */
	public String getKey() {
		return this.name.toLowerCase(Locale.ROOT);
	}

	/**
	 * Where a template of the section lives, beside its feature's public pages, e.g.
	 * {@code areas/admin/form}.
	 */
	public String view(String name) {
		return this.templates + "/" + name;
	}

	/** Whether spreadsheets can carry the section's records. */
	public boolean importable() {
		return this.importSlug != null;
	}

	/**
	 * The name of the section's records in import and export addresses (importable only).
	 */
	public String slug() {
		return this.importSlug;
	}

}
