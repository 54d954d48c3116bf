package org.craftsman.portal.admin;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first records whose natural key or name contains what an organizer has typed, for
 * the suggestions of the admin forms.
 */
@Repository
class LookupQueries {

	private static final int LIMIT = 20;

	private final JdbcClient jdbc;

	LookupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Results by code or title (Chinese or English), the exact code first.
	 * @param search what was typed, or {@code null}
	 * @return at most {@value #LIMIT} suggestions: code and title
	 */
	@Transactional(readOnly = true)
	List<Suggestion> results(String search) {
		return this.jdbc.sql("""
				SELECT code, title FROM innovation_results
				WHERE lower(code) LIKE :q ESCAPE '\\' OR lower(title) LIKE :q ESCAPE '\\'
				   OR lower(coalesce(title_en, '')) LIKE :q ESCAPE '\\'
				ORDER BY (lower(code) = lower(:exact)) DESC, code LIMIT :limit""")
			.param("q", Listing.likePattern(search))
			.param("exact", (search != null) ? search.strip() : "")
			.param("limit", LIMIT)
			.query((row, n) -> new Suggestion(row.getString("code"), row.getString("title")))
			.list();
	}

	/**
	 * Organizations by name (Chinese or English), the shortest names first.
	 * @param search what was typed, or {@code null}
	 * @return at most {@value #LIMIT} suggestions: name and region
	 */
	@Transactional(readOnly = true)
	List<Suggestion> organizations(String search) {
		return this.jdbc.sql("""
				SELECT name, region FROM organizations
				WHERE lower(name) LIKE :q ESCAPE '\\' OR lower(coalesce(name_en, '')) LIKE :q ESCAPE '\\'
				ORDER BY length(name), name LIMIT :limit""")
			.param("q", Listing.likePattern(search))
			.param("limit", LIMIT)
			.query((row, n) -> new Suggestion(row.getString("name"), row.getString("region")))
			.list();
	}

	/**
	 * One suggestion: the value the field takes and a label to recognise it by.
	 *
	 * @param value the natural key
	 * @param label what else helps to pick it
	 */
	record Suggestion(String value, String label) {

	}

}
