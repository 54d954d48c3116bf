package org.craftsman.portal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.MarkedRows;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows that admin tests create carry the prefix ZT in their code, number, name or title;
 * {@link MarkedRows} removes them again.
 */
public final class TestRows {

	public static final String PREFIX = "ZT";

	private static final List<String> TABLES = List.of("exhibition_areas", "online_hotspots", "innovation_results",
			"transformation_contracts", "awards", "award_announcements", "organizations", "live_broadcasts");

	private TestRows() {
	}

	public static void deleteAll(JdbcTemplate jdbc) {
		MarkedRows.delete(jdbc, PREFIX);
	}

	/**
	 * How many rows each domain table holds, to prove that a refused write wrote nothing.
	 */
	public static Map<String, Long> counts(JdbcTemplate jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
		}
		counts.put("checksum", jdbc.queryForObject("""
				SELECT (SELECT coalesce(sum(version), 0) FROM exhibition_areas)
				     + (SELECT coalesce(sum(version), 0) FROM innovation_results)
				     + (SELECT coalesce(sum(version), 0) FROM transformation_contracts)
				     + (SELECT coalesce(sum(version), 0) FROM organizations)
				     + (SELECT coalesce(sum(version), 0) FROM award_announcements)
				     + (SELECT coalesce(sum(version), 0) FROM live_broadcasts)
				     + (SELECT coalesce(sum(version), 0) FROM online_hotspots)
				     + (SELECT coalesce(sum(version), 0) FROM awards)""", Long.class));
		return counts;
	}

	public static long id(JdbcTemplate jdbc, String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

}
