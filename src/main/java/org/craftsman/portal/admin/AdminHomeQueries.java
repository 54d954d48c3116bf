package org.craftsman.portal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many records each admin section holds, counted in one statement for the admin's
 * front page.
 */
@Repository
class AdminHomeQueries {

	private static final String COUNTS = """
			SELECT
			  (SELECT count(*) FROM exhibition_areas) AS areas,
			  (SELECT count(*) FROM online_hotspots) AS hotspots,
			  (SELECT count(*) FROM innovation_results) AS results,
			  (SELECT count(*) FROM transformation_contracts) AS contracts,
			  (SELECT count(*) FROM awards) AS awards,
			  (SELECT count(*) FROM award_announcements) AS announcements,
			  (SELECT count(*) FROM organizations) AS organizations,
			  (SELECT count(*) FROM live_broadcasts) AS broadcasts""";

	private final JdbcClient jdbc;

	AdminHomeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The number of records of every section, in the order of {@link AdminSection}.
	 */
	@Transactional(readOnly = true)
	Map<AdminSection, Long> sectionCounts() {
		Map<AdminSection, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(COUNTS).query((row) -> {
			for (AdminSection section : AdminSection.values()) {
				counts.put(section, row.getLong(section.getKey()));
			}
		});
		return counts;
	}

}
