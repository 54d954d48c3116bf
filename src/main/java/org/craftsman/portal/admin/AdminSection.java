package org.craftsman.portal.admin;

import java.util.Locale;

/**
 * The sections of the admin, each editing one kind of record. The name is what the audit
 * log records as the entity type; the key names the section's labels
 * ({@code admin.<key>.*}).
 */
public enum AdminSection {

	AREAS("areas", "areas/admin"), HOTSPOTS("hotspots", "hall/admin"), RESULTS("results", "results/admin"),
	CONTRACTS("contracts", "contracts/admin"), AWARDS("awards", "awards/admin"),
	ANNOUNCEMENTS("awards/announcements", "awards/admin/announcements"),
	ORGANIZATIONS("organizations", "organizations/admin"), BROADCASTS("broadcasts", "live/admin");

	private final String path;

	private final String templates;

	/**
	 * @param path the section's address below /admin/
	 * @param templates the folder of the section's templates, beside its feature's public
	 * pages
	 */
	AdminSection(String path, String templates) {
		this.path = path;
		this.templates = templates;
	}

	/** The section's address below /admin/. */
	public String getPath() {
		return this.path;
	}

	public String getUrl() {
		return "/admin/" + this.path;
	}

	/** The prefix of the section's labels. */
	public String getKey() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Where a template of the section lives, beside its feature's public pages, e.g.
	 * {@code areas/admin/form}.
	 */
	public String view(String name) {
		return this.templates + "/" + name;
	}

	public static AdminSection parse(String value) {
		for (AdminSection section : values()) {
			if (section.name().equalsIgnoreCase(value)) {
				return section;
			}
		}
		return null;
	}

}
