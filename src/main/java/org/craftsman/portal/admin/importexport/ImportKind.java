package org.craftsman.portal.admin.importexport;

import org.craftsman.portal.admin.AdminSection;

/**
 * What a spreadsheet can hold: areas, results, contracts or award announcements, one kind
 * per file. Each is matched to existing records by its natural key.
 */
public enum ImportKind {

	AREAS(AdminSection.AREAS), RESULTS(AdminSection.RESULTS), CONTRACTS(AdminSection.CONTRACTS),
	AWARDS(AdminSection.ANNOUNCEMENTS);

	private final AdminSection section;

	ImportKind(AdminSection section) {
		this.section = section;
	}

	public AdminSection section() {
		return this.section;
	}

	/** The kind's name in addresses and file names: areas, results, contracts, awards. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static ImportKind fromSlug(String slug) {
		for (ImportKind kind : values()) {
			if (kind.slug().equals(slug)) {
				return kind;
			}
		}
		return null;
	}

}
