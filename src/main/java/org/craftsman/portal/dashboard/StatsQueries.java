package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates computed by PostgreSQL, never by loading entities into Java. The figures
 * come from summaries the database keeps up to date with triggers
 * ({@code V30__dashboard_summary.sql}), so that reading them costs the same with ten
 * thousand contracts or a million: conference-wide counters, totals per group, per
 * signing day, and per signing day and group for a period.
 */
@Repository
public class StatsQueries {

	private static final String HEADLINE_TOTALS = """
			WITH counters AS (SELECT counter, sum(value) AS value FROM dashboard_counters GROUP BY counter)
			SELECT
			  (SELECT count(*) FROM exhibition_areas WHERE kind = 'OFFLINE') AS offline_areas,
			  (SELECT count(*) FROM exhibition_areas WHERE kind = 'ONLINE') AS online_areas,
			  (SELECT coalesce(sum(floor_area), 0) FROM exhibition_areas WHERE kind = 'OFFLINE') AS floor_area,
			  (SELECT coalesce(sum(value), 0) FROM counters WHERE counter LIKE 'hotspots:%')::bigint AS hotspots,
			  (SELECT coalesce(sum(value), 0) FROM counters WHERE counter = 'results')::bigint AS results,
			  (SELECT coalesce(sum(value), 0) FROM counters WHERE counter = 'signed_results')::bigint AS signed_results,
			  (SELECT coalesce(sum(value), 0) FROM counters WHERE counter = 'contracts')::bigint AS contracts,
			  (SELECT coalesce(sum(value), 0) FROM counters WHERE counter = 'contract_amount') AS contract_amount,
			  (SELECT count(*) FROM award_announcements WHERE published) AS awards,
			  (SELECT coalesce(sum(value), 0) FROM counters
			    WHERE counter IN ('result_visits', 'hotspot_visits'))::bigint AS visits,
			  (SELECT coalesce(sum(value), 0) FROM counters WHERE counter = 'likes')::bigint AS likes,
			  (SELECT coalesce(sum(view_count), 0) FROM live_broadcasts) AS live_views
			""";

	private static final String PERIOD_TOTALS = """
			SELECT coalesce(sum(first_signings), 0) AS signed_results, coalesce(sum(contracts), 0) AS contracts,
			       coalesce(sum(amount), 0) AS amount
			FROM contract_day_totals WHERE signed_on BETWEEN :from AND :to
			""";

	private static final String ALL_TIME_GROUPS = """
			SELECT group_key, results, signed_results, contracts, amount
			FROM result_group_totals WHERE dimension = :dimension
			""";

	private static final String PERIOD_GROUPS = """
			SELECT group_key, NULL::bigint AS results, sum(first_signings) AS signed_results,
			       sum(contracts) AS contracts, sum(amount) AS amount
			FROM contract_day_group_totals
			WHERE dimension = :dimension AND signed_on BETWEEN :from AND :to
			GROUP BY group_key
			""";

	private static final String TOP_GROUPS = """
			WITH source AS (%s),
			ranked AS (
			  SELECT s.*, row_number() OVER (
			           ORDER BY amount DESC, contracts DESC, coalesce(results, 0) DESC, group_key) AS rank
			  FROM source s
			  WHERE coalesce(results, 0) <> 0 OR signed_results <> 0 OR contracts <> 0 OR amount <> 0),
			folded AS (
			  SELECT CASE WHEN rank <= :top THEN group_key END AS group_key, min(rank) AS rank, count(*) AS members,
			         sum(results) AS results, sum(signed_results) AS signed_results, sum(contracts) AS contracts,
			         sum(amount) AS amount
			  FROM ranked GROUP BY 1)
			SELECT f.group_key, %s AS code, %s AS name, %s AS name_en, f.members,
			       f.results, f.signed_results, f.contracts, f.amount
			FROM folded f %s
			ORDER BY f.rank
			""";

	private static final String CONTRACTS_OVER_TIME = """
			WITH days AS (
			  SELECT signed_on, contracts, amount, first_signings FROM contract_day_totals
			  WHERE (contracts <> 0 OR first_signings <> 0) AND signed_on BETWEEN :from AND :to),
			unit AS (SELECT CASE WHEN count(*) > :maxDays THEN 'month' ELSE 'day' END AS unit FROM days)
			SELECT date_trunc(unit.unit, d.signed_on)::date AS starts_on, unit.unit,
			       sum(d.contracts) AS contracts, sum(d.amount) AS amount, sum(d.first_signings) AS first_signings
			FROM days d CROSS JOIN unit
			GROUP BY 1, 2 ORDER BY 1
			""";

	private static final String HOTSPOTS_BY_MEDIA_KIND = """
			SELECT media_kind, count(*) AS count FROM online_hotspots GROUP BY media_kind
			ORDER BY array_position(ARRAY['GRAPHIC', 'AUDIO', 'VIDEO']::varchar[], media_kind), media_kind
			""";

	private static final String AWARDS_BY_AWARD = """
			SELECT w.code, w.name, w.name_en, count(a.id) AS count
			FROM awards w LEFT JOIN award_announcements a ON a.award_id = w.id AND a.published
			GROUP BY w.id ORDER BY w.display_order, w.id
			""";

	/** Days with contracts beyond which contracts over time are shown per month. */
	static final int MAX_DAYS = 92;

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

	/**
	 * The contracts of a period and the results first signed in it, from the totals per
	 * signing day: the figures the period's breakdowns must add up to.
	 */
	@Transactional(readOnly = true)
	public Measures periodTotals(Period period) {
		return this.jdbc.sql(PERIOD_TOTALS)
			.param("from", period.firstDay())
			.param("to", period.lastDay())
			.query((row, n) -> new Measures(null, row.getLong("signed_results"), row.getLong("contracts"),
					row.getBigDecimal("amount")))
			.single();
	}

	/**
	 * The top groups by contract amount, then one row folding the rest.
	 * @param top how many groups to show on their own
	 */
	@Transactional(readOnly = true)
	public List<BreakdownRow> topGroups(Dimension dimension, Period period, int top) {
		String sql = TOP_GROUPS.formatted(period.isAll() ? ALL_TIME_GROUPS : PERIOD_GROUPS, dimension.codeColumn(),
				dimension.nameColumn(), dimension.englishNameColumn(), dimension.nameJoin());
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("top", top).param("dimension", dimension.key());
		if (!period.isAll()) {
			statement = statement.param("from", period.firstDay()).param("to", period.lastDay());
		}
		return statement.query((row, n) -> breakdownRow(dimension, row)).list();
	}

	/**
	 * Contracts per day (or month) of a period, beside the period's totals they must add
	 * up to.
	 */
	@Transactional(readOnly = true)
	public ContractsOverTime contractsOverTime(Period period, Measures total) {
		List<Dated> rows = this.jdbc.sql(CONTRACTS_OVER_TIME)
			.param("from", period.firstDay())
			.param("to", period.lastDay())
			.param("maxDays", MAX_DAYS)
			.query((row,
					n) -> new Dated(new ContractsOverTime.Row(row.getObject("starts_on", LocalDate.class),
							row.getLong("contracts"), row.getBigDecimal("amount"), row.getLong("first_signings")),
							row.getString("unit")))
			.list();
		boolean monthly = !rows.isEmpty() && rows.get(0).unit().equals("month");
		return new ContractsOverTime(monthly, rows.stream().map(Dated::row).toList(), total);
	}

	@Transactional(readOnly = true)
	public List<CountBreakdown.Row> hotspotsByMediaKind() {
		return this.jdbc.sql(HOTSPOTS_BY_MEDIA_KIND)
			.query((row, n) -> new CountBreakdown.Row(row.getString("media_kind"), null, null, row.getLong("count")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<CountBreakdown.Row> awardsByAward() {
		return this.jdbc.sql(AWARDS_BY_AWARD)
			.query((row, n) -> new CountBreakdown.Row(row.getString("code"), row.getString("name"),
					row.getString("name_en"), row.getLong("count")))
			.list();
	}

	private static BreakdownRow breakdownRow(Dimension dimension, ResultSet row) throws SQLException {
		String key = row.getString("group_key");
		String name = row.getString("name");
		String nameEn = row.getString("name_en");
		if (key != null && nameEn == null) {
			nameEn = dimension.englishName(name);
		}
		long results = row.getLong("results");
		Long resultsOrNull = row.wasNull() ? null : results;
		return new BreakdownRow(key, row.getString("code"), (key != null && name == null) ? key : name, nameEn,
				row.getLong("members"), new Measures(resultsOrNull, row.getLong("signed_results"),
						row.getLong("contracts"), row.getBigDecimal("amount")));
	}

	private record Dated(ContractsOverTime.Row row, String unit) {
	}

}
