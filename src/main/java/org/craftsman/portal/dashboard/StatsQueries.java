package org.craftsman.portal.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates computed by PostgreSQL, never by loading entities into Java.
 */
@Repository
public class StatsQueries {

	private static final String HEADLINE_TOTALS = """
			SELECT
			  (SELECT count(*) FROM exhibition_areas WHERE kind = 'OFFLINE') AS offline_areas,
			  (SELECT count(*) FROM exhibition_areas WHERE kind = 'ONLINE') AS online_areas,
			  (SELECT coalesce(sum(floor_area), 0) FROM exhibition_areas WHERE kind = 'OFFLINE') AS floor_area,
			  (SELECT count(*) FROM online_hotspots) AS hotspots,
			  (SELECT count(*) FROM innovation_results WHERE published) AS results,
			  (SELECT count(DISTINCT result_id) FROM transformation_contracts) AS signed_results,
			  (SELECT count(*) FROM transformation_contracts) AS contracts,
			  (SELECT coalesce(sum(amount), 0) FROM transformation_contracts) AS contract_amount,
			  (SELECT count(*) FROM award_announcements WHERE published) AS awards,
			  (SELECT coalesce(sum(visit_count), 0) FROM innovation_results)
			    + (SELECT coalesce(sum(visit_count), 0) FROM online_hotspots) AS visits,
			  (SELECT coalesce(sum(like_count), 0) FROM innovation_results) AS likes,
			  (SELECT coalesce(sum(view_count), 0) FROM live_broadcasts) AS live_views
			""";

	private final JdbcClient jdbc;

	StatsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public HeadlineTotals headlineTotals() {
		return this.jdbc.sql(HEADLINE_TOTALS)
			.query((row, n) -> new HeadlineTotals(row.getLong("offline_areas"), row.getLong("online_areas"),
					row.getBigDecimal("floor_area"), row.getLong("hotspots"), row.getLong("results"),
					row.getLong("signed_results"), row.getLong("contracts"), row.getBigDecimal("contract_amount"),
					row.getLong("awards"), row.getLong("visits"), row.getLong("likes"), row.getLong("live_views")))
			.single();
	}

}
