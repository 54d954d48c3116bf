package org.craftsman.portal.result.admin;

import java.util.List;

import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.Suggestion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first results whose key contains what an organizer typed: results by code or title
 * (Chinese or English), the exact code first.
 */
@Repository
class ResultSuggestions {

	private final JdbcClient jdbc;

	ResultSuggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Suggestion> matching(String search) {
		return this.jdbc.sql("""
				SELECT code, title FROM innovation_results
				WHERE lower(code) LIKE :q ESCAPE '\\' OR lower(title) LIKE :q ESCAPE '\\'
				   OR lower(coalesce(title_en, '')) LIKE :q ESCAPE '\\'
				ORDER BY (lower(code) = lower(:exact)) DESC, code LIMIT :limit""")
			.param("q", Listing.likePattern(search))
			.param("exact", (search != null) ? search.strip() : "")
			.param("limit", Suggestion.LIMIT)
			.query((row, n) -> new Suggestion(row.getString("code"), row.getString("title")))
			.list();
	}

}
