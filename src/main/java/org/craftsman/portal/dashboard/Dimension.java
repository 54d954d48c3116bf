package org.craftsman.portal.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.craftsman.portal.common.Vocabulary;

/**
 * What a breakdown groups results and their contracts by. The result's own area, region,
 * category and organization (its owner, not the contracts' transferees) decide its group.
 */
public enum Dimension {

	AREA("LEFT JOIN exhibition_areas n ON n.id = f.group_key::bigint", "n.code", "n.name", "n.name_en"),

	REGION("", "NULL", "f.group_key", "NULL"),

	CATEGORY("", "NULL", "f.group_key", "NULL"),

	ORGANIZATION("LEFT JOIN organizations n ON n.id = f.group_key::bigint", "NULL", "n.name", "n.name_en");

	private final String nameJoin;

	private final String codeColumn;

	private final String nameColumn;

	private final String englishNameColumn;

	Dimension(String nameJoin, String codeColumn, String nameColumn, String englishNameColumn) {
		this.nameJoin = nameJoin;
		this.codeColumn = codeColumn;
		this.nameColumn = nameColumn;
		this.englishNameColumn = englishNameColumn;
	}

	/** The name in URLs and in the summary table: {@code area}, {@code region}... */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Dimension> fromKey(String key) {
		return Arrays.stream(values()).filter((dimension) -> dimension.key().equals(key)).findFirst();
	}

	/** The English name of a group whose English name is not stored with it. */
	String englishName(String name) {
		return switch (this) {
			case REGION -> Vocabulary.regionInEnglish(name);
			case CATEGORY -> Vocabulary.categoryInEnglish(name);
			default -> null;
		};
	}

	String nameJoin() {
		return this.nameJoin;
	}

	String codeColumn() {
		return this.codeColumn;
	}

	String nameColumn() {
		return this.nameColumn;
	}

	String englishNameColumn() {
		return this.englishNameColumn;
	}

}
