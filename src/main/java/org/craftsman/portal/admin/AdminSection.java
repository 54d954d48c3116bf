package org.craftsman.portal.admin;

import java.util.Locale;

/**
 * The sections of the admin, each editing one kind of record. The name is what the audit
 * log records as the entity type; the key names the section's labels
 * ({@code admin.<key>.*}).
 */
public enum AdminSection {

	AREAS("areas"), HOTSPOTS("hotspots"), RESULTS("results"), CONTRACTS("contracts"), AWARDS("awards"),
	ANNOUNCEMENTS("awards/announcements"), ORGANIZATIONS("organizations"), BROADCASTS("broadcasts");

	private final String path;

	AdminSection(String path) {
		this.path = path;
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

	/** Where a template of the section lives, e.g. {@code admin/areas/form}. */
	public String view(String name) {
		return "admin/" + getKey() + "/" + name;
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
