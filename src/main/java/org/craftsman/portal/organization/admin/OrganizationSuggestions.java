package org.craftsman.portal.organization.admin;

import java.util.List;

import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.Suggestion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first organizations whose key contains what an organizer typed: organizations by
 * name (Chinese or English), the shortest names first, with their region.
 */
@Repository
class OrganizationSuggestions {

	private final JdbcClient jdbc;

	OrganizationSuggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Suggestion> matching(String search) {
		return this.jdbc.sql("""
				SELECT name, region FROM organizations
				WHERE lower(name) LIKE :q ESCAPE '\\' OR lower(coalesce(name_en, '')) LIKE :q ESCAPE '\\'
				ORDER BY length(name), name LIMIT :limit""")
			.param("q", Listing.likePattern(search))
			.param("limit", Suggestion.LIMIT)
			.query((row, n) -> new Suggestion(row.getString("name"), row.getString("region")))
			.list();
	}

}
