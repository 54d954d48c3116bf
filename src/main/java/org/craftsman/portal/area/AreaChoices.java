package org.craftsman.portal.area;

import java.util.LinkedHashMap;
import java.util.Map;

import org.craftsman.portal.common.web.Localized;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The areas admin forms offer as a select (results, hotspots, broadcasts), by code and
 * labelled in the reader's language.
 */
@Component
public class AreaChoices {

	private final JdbcClient jdbc;

	private final Localized l10n;

	AreaChoices(JdbcClient jdbc, Localized l10n) {
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

}
