package org.craftsman.portal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.common.Vocabulary;
import org.craftsman.portal.common.web.Localized;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short lists admin forms offer as selects, labelled in the reader's language: areas,
 * awards, regions and categories. Long lists (results, organizations) are searched
 * instead, see {@link LookupController}.
 */
@Component
public class AdminChoices {

	private final JdbcClient jdbc;

	private final Localized l10n;

	AdminChoices(JdbcClient jdbc, Localized l10n) {
		this.jdbc = jdbc;
		this.l10n = l10n;
	}

	/** Areas by code; only online zones when asked. */
	@Transactional(readOnly = true)
	public Map<String, String> areas(boolean onlineOnly) {
		Map<String, String> options = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT code, name, name_en FROM exhibition_areas" + (onlineOnly ? " WHERE kind = 'ONLINE'" : "")
					+ " ORDER BY kind, display_order, id")
			.query((row) -> {
				options.put(row.getString("code"), row.getString("code") + " · "
						+ this.l10n.pick(row.getString("name"), row.getString("name_en")));
			});
		return options;
	}

	@Transactional(readOnly = true)
	public Map<String, String> awards() {
		Map<String, String> options = new LinkedHashMap<>();
		this.jdbc.sql("SELECT code, name, name_en FROM awards ORDER BY display_order, id").query((row) -> {
			options.put(row.getString("code"), this.l10n.pick(row.getString("name"), row.getString("name_en")));
		});
		return options;
	}

	public Map<String, String> regions() {
		return labelled(List.copyOf(Vocabulary.REGIONS.keySet()), Vocabulary.REGIONS);
	}

	public Map<String, String> categories() {
		return labelled(List.copyOf(Vocabulary.CATEGORIES.keySet()), Vocabulary.CATEGORIES);
	}

	private Map<String, String> labelled(List<String> values, Map<String, String> english) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String value : values) {
			options.put(value, this.l10n.isEnglish() ? english.get(value) + " (" + value + ")" : value);
		}
		return options;
	}

}
