package org.craftsman.portal.award.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.craftsman.portal.common.web.Localized;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The awards the announcement form offers, by code and in the reader's language. */
@Component
class AwardChoices {

	private final JdbcClient jdbc;

	private final Localized l10n;

	AwardChoices(JdbcClient jdbc, Localized l10n) {
		this.jdbc = jdbc;
		this.l10n = l10n;
	}

	@Transactional(readOnly = true)
	Map<String, String> awards() {
		Map<String, String> options = new LinkedHashMap<>();
		this.jdbc.sql("SELECT code, name, name_en FROM awards ORDER BY display_order, id").query((row) -> {
			options.put(row.getString("code"), this.l10n.pick(row.getString("name"), row.getString("name_en")));
		});
		return options;
	}

}
