package org.craftsman.portal.admin.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the fields that name a record from a long list: as an organizer types
 * part of a result's code or title, or of an organization's name, admin.js offers the
 * first matches. The value is the record's natural key, which is what the form sends.
 */
@RestController
class LookupController {

	private static final int LIMIT = 20;

	private final JdbcClient jdbc;

	LookupController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/lookup/results")
	@Transactional(readOnly = true)
	List<Suggestion> results(@RequestParam(name = "q", required = false) String search) {
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

	@GetMapping("/admin/lookup/organizations")
	@Transactional(readOnly = true)
	List<Suggestion> organizations(@RequestParam(name = "q", required = false) String search) {
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
