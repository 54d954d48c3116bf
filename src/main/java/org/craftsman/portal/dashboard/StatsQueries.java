package org.craftsman.portal.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates computed by PostgreSQL, never by loading entities into Java. The figures
 * come from summaries the database keeps up to date with triggers
 * ({@code V30__dashboard_summary.sql}), so that reading them costs the same with ten
 * thousand contracts or a million: conference-wide counters, totals per group, per
 * signing day, and per signing day or month and group for a period
 * ({@code V53__dashboard_month_totals.sql}).
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

	/** The days a period adds to its whole months, and those it subtracts from them. */
	private static final String DAY_SLICES = """
			SELECT group_key, contracts, amount, first_signings FROM contract_day_group_totals
			WHERE dimension = :dimension
			  AND (signed_on BETWEEN :added0From AND :added0To OR signed_on BETWEEN :added1From AND :added1To)
			UNION ALL
			SELECT group_key, -contracts, -amount, -first_signings FROM contract_day_group_totals
			WHERE dimension = :dimension
			  AND (signed_on BETWEEN :subtracted0From AND :subtracted0To
			       OR signed_on BETWEEN :subtracted1From AND :subtracted1To)
			""";

	/**
	 * A period's totals per group: its whole months from the totals per month and group,
	 * plus or minus days from the totals per day and group ({@link PeriodSlices}).
	 */
	private static final String PERIOD_GROUPS = """
			SELECT group_key, NULL::bigint AS results, sum(first_signings)::bigint AS signed_results,
			       sum(contracts)::bigint AS contracts, sum(amount) AS amount
			FROM (
			  SELECT group_key, contracts, amount, first_signings FROM contract_month_group_totals
			  WHERE dimension = :dimension AND month BETWEEN :firstMonth AND :lastMonth
			  UNION ALL
			  %s) slices
			GROUP BY group_key
			""".formatted(DAY_SLICES);

	/**
	 * The same where the period reads one whole month: its rows joined with the days'
	 * sums, so that only the days are aggregated (the case of a period of a few weeks).
	 */
	private static final String ONE_MONTH_GROUPS = """
			SELECT coalesce(m.group_key, d.group_key) AS group_key, NULL::bigint AS results,
			       coalesce(m.first_signings, 0) + coalesce(d.first_signings, 0) AS signed_results,
			       coalesce(m.contracts, 0) + coalesce(d.contracts, 0) AS contracts,
			       coalesce(m.amount, 0) + coalesce(d.amount, 0) AS amount
			FROM (SELECT group_key, contracts, amount, first_signings FROM contract_month_group_totals
			      WHERE dimension = :dimension AND month = :firstMonth) m
			FULL JOIN (
			  SELECT group_key, sum(contracts)::bigint AS contracts, sum(amount) AS amount,
			         sum(first_signings)::bigint AS first_signings
			  FROM (%s) days
			  GROUP BY group_key) d ON d.group_key = m.group_key
			""".formatted(DAY_SLICES);

	/**
	 * What reading the months a period covers in part would cost: the rows per month and
	 * group of each, and the contracts and first signings of each of their days (a day
	 * has at most that many rows per group, and at most one per group of the month).
	 */
	private static final String PARTIAL_MONTH_COSTS = """
			SELECT month, NULL::date AS day, count(*) AS row_count FROM contract_month_group_totals
			WHERE dimension = :dimension AND month IN (:months)
			GROUP BY month
			UNION ALL
			SELECT NULL, signed_on, contracts + first_signings FROM contract_day_totals
			WHERE date_trunc('month', signed_on::timestamp)::date IN (:months)
			  AND signed_on BETWEEN :earliest AND :latest
			""";

	/**
	 * The top groups by amount (a top-N sort, not a sort of every group) and the others
	 * folded into one row: what all groups add up to minus what the top ones do, so that
	 * the breakdown still adds up to the sum over every group of its source.
	 */
	private static final String TOP_GROUPS = """
			WITH source AS MATERIALIZED (
			  SELECT * FROM (%s) s
			  WHERE coalesce(results, 0) <> 0 OR signed_results <> 0 OR contracts <> 0 OR amount <> 0),
			top AS (
			  SELECT s.*, row_number() OVER (
			           ORDER BY amount DESC, contracts DESC, coalesce(results, 0) DESC, group_key) AS rank
			  FROM (SELECT * FROM source
			        ORDER BY amount DESC, contracts DESC, coalesce(results, 0) DESC, group_key LIMIT :top) s),
			everyone AS (
			  SELECT count(*) AS members, sum(results) AS results, sum(signed_results) AS signed_results,
			         sum(contracts) AS contracts, sum(amount) AS amount
			  FROM source),
			shown AS (
			  SELECT count(*) AS members, coalesce(sum(results), 0) AS results,
			         coalesce(sum(signed_results), 0) AS signed_results, coalesce(sum(contracts), 0) AS contracts,
			         coalesce(sum(amount), 0) AS amount
			  FROM top),
			folded AS (
			  SELECT group_key, rank, 1::bigint AS members, results, signed_results, contracts, amount FROM top
			  UNION ALL
			  SELECT NULL, s.members + 1, e.members - s.members, e.results - s.results,
			         e.signed_results - s.signed_results, e.contracts - s.contracts, e.amount - s.amount
			  FROM everyone e CROSS JOIN shown s WHERE e.members > s.members)
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

	private static final String LATEST_CONTRACTS = """
			SELECT c.contract_no, c.amount, c.signed_on, r.title AS result_title, r.title_en AS result_title_en,
			       t.name AS transferee, t.name_en AS transferee_en
			FROM transformation_contracts c
			JOIN innovation_results r ON r.id = c.result_id
			JOIN organizations t ON t.id = c.transferee_id
			ORDER BY c.signed_on DESC, c.id DESC
			LIMIT :limit
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
		PeriodSlices slices = period.isAll() ? null
				: PeriodSlices.of(period.firstDay(), period.lastDay(), partialMonthCosts(dimension, period));
		boolean oneMonth = slices != null && slices.firstMonth().equals(slices.lastMonth());
		String groups = (slices == null) ? ALL_TIME_GROUPS : oneMonth ? ONE_MONTH_GROUPS : PERIOD_GROUPS;
		String sql = TOP_GROUPS.formatted(groups, dimension.codeColumn(), dimension.nameColumn(),
				dimension.englishNameColumn(), dimension.nameJoin());
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("top", top).param("dimension", dimension.key());
		if (slices != null) {
			statement = statement.param("firstMonth", slices.firstMonth());
			if (!oneMonth) {
				statement = statement.param("lastMonth", slices.lastMonth());
			}
			for (int i = 0; i < PeriodSlices.MAX_RANGES; i++) {
				statement = statement.param("added" + i + "From", slices.added(i).from())
					.param("added" + i + "To", slices.added(i).to())
					.param("subtracted" + i + "From", slices.subtracted(i).from())
					.param("subtracted" + i + "To", slices.subtracted(i).to());
			}
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

	/** The contracts signed last, latest first. */
	@Transactional(readOnly = true)
	public List<LatestContract> latestContracts(int limit) {
		return this.jdbc.sql(LATEST_CONTRACTS)
			.param("limit", limit)
			.query((row, n) -> new LatestContract(row.getString("contract_no"), row.getString("result_title"),
					row.getString("result_title_en"), row.getString("transferee"), row.getString("transferee_en"),
					row.getBigDecimal("amount"), row.getObject("signed_on", LocalDate.class)))
			.list();
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

	private PeriodSlices.Costs partialMonthCosts(Dimension dimension, Period period) {
		List<LocalDate> months = PeriodSlices.partialMonths(period.firstDay(), period.lastDay());
		Map<LocalDate, Long> monthRows = new HashMap<>();
		NavigableMap<LocalDate, Long> dayActivity = new TreeMap<>();
		if (!months.isEmpty()) {
			this.jdbc.sql(PARTIAL_MONTH_COSTS)
				.param("dimension", dimension.key())
				.param("months", months)
				.param("earliest", months.get(0))
				.param("latest", months.get(months.size() - 1).plusMonths(1))
				.query((row) -> {
					LocalDate month = row.getObject("month", LocalDate.class);
					if (month != null) {
						monthRows.put(month, row.getLong("row_count"));
					}
					else {
						dayActivity.put(row.getObject("day", LocalDate.class), row.getLong("row_count"));
					}
				});
		}
		return new PeriodSlices.Costs() {

			@Override
			public long monthRows(LocalDate month) {
				return monthRows.getOrDefault(month, 0L);
			}

			@Override
			public long dayRows(LocalDate from, LocalDate to, long groups) {
				return dayActivity.subMap(from, true, to, true)
					.values()
					.stream()
					.mapToLong((activity) -> Math.min(Math.max(activity, 0), groups))
					.sum();
			}

		};
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
