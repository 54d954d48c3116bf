package org.craftsman.portal.dashboard;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.craftsman.portal.contract.ContractKind;
import org.craftsman.portal.contract.TransformationContract;
import org.craftsman.portal.contract.TransformationContractRepository;
import org.craftsman.portal.organization.OrganizationRepository;
import org.craftsman.portal.result.InnovationResultRepository;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard reads summaries that triggers keep up to date. Whatever writes the tables
 * (single statements as the admin forms send them through JPA, JDBC batches and bulk
 * statements as an import does, COPY, concurrent writers on the same results), the
 * summaries must equal the figures recomputed from the rows, and every breakdown must add
 * up. Rows are random (the seed is in the failure message) and removed afterwards.
 */
@IntegrationTest
class SummaryReconciliationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DashboardService dashboards;

	@Autowired
	StatsQueries stats;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TransformationContractRepository contracts;

	@Autowired
	InnovationResultRepository results;

	@Autowired
	OrganizationRepository organizations;

	long seed;

	TestRows rows;

	@BeforeEach
	void randomRows() {
		this.seed = System.nanoTime();
		this.rows = new TestRows(this.jdbc, this.seed);
	}

	@AfterEach
	void removeRowsAndFindTheDemoTotalsAgain() {
		this.rows.deleteAll();
		Summaries.assertExact(this.jdbc, "removing the test rows (seed " + this.seed + ")");
		HeadlineTotals totals = this.stats.headlineTotals();
		assertThat(totals.contracts()).isEqualTo(532);
		assertThat(totals.contractAmount()).isEqualTo(new BigDecimal("100000000.00"));
		assertThat(totals.signedResults()).isEqualTo(495);
		assertThat(totals.results()).isEqualTo(680);
		assertThat(totals.hotspots()).isEqualTo(440);
		assertThat(totals.likes()).isEqualTo(30_810_000L);
		assertThat(totals.visits()).isEqualTo(4_110_000L);
	}

	@Test
	void summariesMatchTheDemoData() {
		Summaries.assertExact(this.jdbc, "loading the demo data");
		assertReconciled("the demo data");
	}

	@Test
	void summariesStayExactThroughRandomSingleRowWrites() {
		List<Long> testResults = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			testResults.add(this.rows.addResult());
		}
		for (int step = 1; step <= 120; step++) {
			randomWrite(testResults);
			if (step % 20 == 0) {
				Summaries.assertExact(this.jdbc, step + " random writes (seed " + this.seed + ")");
				assertReconciled(step + " random writes (seed " + this.seed + ")");
				assertPeriodGroupsExact(step + " random writes (seed " + this.seed + ")");
			}
		}
	}

	@Test
	void summariesStayExactThroughBulkStatementsBatchesAndCopy() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.rows.addResult();
		}
		this.jdbc
			.update("""
					INSERT INTO transformation_contracts (contract_no, result_id, transferee_id, amount, signed_on, kind)
					SELECT 'TDASH-BULK-' || g, r.id, (SELECT min(id) FROM organizations), 1000.01 * g,
					       DATE '2022-04-20' + g % 25, 'LICENCE'
					FROM generate_series(1, 400) g
					JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM innovation_results WHERE code LIKE 'TDASH-%') r
					  ON r.n = 1 + g % 30""");
		Summaries.assertExact(this.jdbc, "a bulk INSERT ... SELECT");
		assertPeriodGroupsExact("a bulk INSERT ... SELECT");

		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			long result = this.rows.random().nextBoolean() ? this.rows.anyTestResult() : this.rows.anyDemoResult();
			batch.add(new Object[] { this.rows.nextContractNo(), result, this.rows.anyOrganization(),
					this.rows.amount(), Date.valueOf(this.rows.day()), "TRANSFER" });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO transformation_contracts (contract_no, result_id, transferee_id, amount, signed_on, kind)
				VALUES (?, ?, ?, ?, ?, ?)""", batch);
		Summaries.assertExact(this.jdbc, "a JDBC batch");

		StringBuilder csv = new StringBuilder();
		for (int i = 0; i < 200; i++) {
			csv.append(this.rows.nextContractNo())
				.append(',')
				.append(this.rows.anyTestResult())
				.append(',')
				.append(this.rows.anyOrganization())
				.append(',')
				.append(this.rows.amount().toPlainString())
				.append(',')
				.append(this.rows.day())
				.append(",EQUITY\n");
		}
		try (Connection connection = this.dataSource.getConnection()) {
			long copied = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY transformation_contracts (contract_no, result_id, transferee_id, amount, signed_on, kind) "
						+ "FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
			assertThat(copied).isEqualTo(200);
		}
		Summaries.assertExact(this.jdbc, "a COPY");

		this.jdbc.update("""
				UPDATE innovation_results SET area_id = ?, region = '西藏', category = '船舶海洋', published = NOT published
				WHERE code LIKE 'TDASH-%' AND id % 2 = 0""", this.rows.anyOfflineArea());
		this.jdbc.update("""
				UPDATE transformation_contracts SET amount = amount + 0.01, signed_on = signed_on + 3
				WHERE contract_no LIKE 'TDASH-%' AND id % 3 = 0""");
		this.jdbc
			.update("""
					UPDATE transformation_contracts SET result_id = (SELECT min(id) FROM innovation_results WHERE code LIKE 'TDASH-%')
					WHERE contract_no LIKE 'TDASH-%' AND id % 5 = 0""");
		this.jdbc.update("""
				UPDATE transformation_contracts SET signed_on = signed_on + 31
				WHERE contract_no LIKE 'TDASH-BULK-%' AND id % 7 = 0""");
		Summaries.assertExact(this.jdbc, "bulk updates of results and contracts");
		assertReconciled("bulk updates");
		assertPeriodGroupsExact("bulk updates");

		this.jdbc.update("DELETE FROM transformation_contracts WHERE contract_no LIKE 'TDASH-%' AND id % 2 = 0");
		Summaries.assertExact(this.jdbc, "a bulk DELETE");
		assertReconciled("a bulk DELETE");
		assertPeriodGroupsExact("a bulk DELETE");
	}

	@Test
	void summariesFollowContractsCreatedEditedAndDeletedThroughJpa() {
		HeadlineTotals before = this.stats.headlineTotals();
		long resultId = this.rows.addResult();
		long otherResult = this.rows.anyDemoResult();
		Long id = this.transaction.execute((status) -> {
			TransformationContract contract = new TransformationContract();
			contract.setContractNo(this.rows.nextContractNo());
			contract.setResult(this.results.findById(resultId).orElseThrow());
			contract.setTransferee(this.organizations.findById(this.rows.anyOrganization()).orElseThrow());
			contract.setAmount(new BigDecimal("1234567.89"));
			contract.setSignedOn(LocalDate.of(2022, 4, 28));
			contract.setKind(ContractKind.LICENCE);
			return this.contracts.save(contract).getId();
		});
		HeadlineTotals created = this.stats.headlineTotals();
		assertThat(created.contracts()).isEqualTo(before.contracts() + 1);
		assertThat(created.contractAmount())
			.isEqualByComparingTo(before.contractAmount().add(new BigDecimal("1234567.89")));
		assertThat(created.signedResults()).isEqualTo(before.signedResults() + 1);
		Summaries.assertExact(this.jdbc, "creating a contract through JPA");

		this.transaction.executeWithoutResult((status) -> {
			TransformationContract contract = this.contracts.findById(id).orElseThrow();
			contract.setAmount(new BigDecimal("0.01"));
			contract.setSignedOn(LocalDate.of(2022, 5, 3));
			contract.setResult(this.results.findById(otherResult).orElseThrow());
		});
		HeadlineTotals edited = this.stats.headlineTotals();
		assertThat(edited.contracts()).isEqualTo(before.contracts() + 1);
		assertThat(edited.contractAmount()).isEqualByComparingTo(before.contractAmount().add(new BigDecimal("0.01")));
		assertThat(edited.signedResults()).isEqualTo(before.signedResults() + (isSigned(otherResult, id) ? 0 : 1));
		Summaries.assertExact(this.jdbc, "editing a contract through JPA");
		assertReconciled("editing a contract through JPA");

		this.transaction.executeWithoutResult((status) -> this.contracts.deleteById(id));
		assertThat(this.stats.headlineTotals().contracts()).isEqualTo(before.contracts());
		assertThat(this.stats.headlineTotals().contractAmount()).isEqualByComparingTo(before.contractAmount());
		Summaries.assertExact(this.jdbc, "deleting a contract through JPA");
	}

	@Test
	void summariesStayExactWhenWritersRaceOnTheSameResults() throws Exception {
		List<Long> shared = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			shared.add(this.rows.addResult());
		}
		List<Long> areas = this.jdbc
			.queryForList("SELECT id FROM exhibition_areas WHERE kind = 'OFFLINE' ORDER BY id LIMIT 6", Long.class);
		ExecutorService pool = Executors.newFixedThreadPool(5);
		try {
			List<Callable<Void>> writers = new ArrayList<>();
			for (int writer = 0; writer < 3; writer++) {
				TestRows own = new TestRows(this.jdbc, this.seed + writer + 1);
				writers.add(() -> {
					for (int i = 0; i < 25; i++) {
						long contract = own.addContract(own.pick(shared));
						if (i % 4 == 3) {
							this.jdbc.update(
									"UPDATE transformation_contracts SET signed_on = signed_on - 9 WHERE id = ?",
									contract);
						}
						if (i % 6 == 5) {
							this.jdbc.update("DELETE FROM transformation_contracts WHERE id = ?", contract);
						}
					}
					return null;
				});
			}
			TestRows mover = new TestRows(this.jdbc, this.seed - 1);
			writers.add(() -> {
				for (int i = 0; i < 30; i++) {
					this.jdbc.update("UPDATE innovation_results SET area_id = ?, region = ?, category = ? WHERE id = ?",
							mover.pick(areas), mover.pick(TestRows.REGIONS), mover.pick(TestRows.CATEGORIES),
							mover.pick(shared));
				}
				return null;
			});
			writers.add(() -> {
				for (int i = 0; i < 40; i++) {
					this.jdbc.update("UPDATE innovation_results SET like_count = like_count + 1 WHERE id = ?",
							mover.pick(shared));
				}
				return null;
			});
			for (Future<Void> done : pool.invokeAll(writers, 2, TimeUnit.MINUTES)) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		Summaries.assertExact(this.jdbc, "concurrent contract writers and result moves (seed " + this.seed + ")");
		assertReconciled("concurrent writers");
	}

	private void randomWrite(List<Long> testResults) {
		long anyResult = this.rows.random().nextInt(3) == 0 ? this.rows.anyDemoResult() : this.rows.pick(testResults);
		switch (this.rows.random().nextInt(11)) {
			case 0, 1, 2 -> this.rows.addContract(anyResult);
			case 3 -> this.jdbc.update("""
					UPDATE transformation_contracts SET amount = ?, signed_on = ?
					WHERE id = (SELECT max(id) FROM transformation_contracts WHERE contract_no LIKE 'TDASH-%')""",
					this.rows.amount(), Date.valueOf(this.rows.day()));
			case 4 -> this.jdbc.update("""
					UPDATE transformation_contracts SET result_id = ?
					WHERE id = (SELECT min(id) FROM transformation_contracts WHERE contract_no LIKE 'TDASH-%')""",
					anyResult);
			case 5 -> this.jdbc.update("""
					DELETE FROM transformation_contracts
					WHERE id = (SELECT max(id) FROM transformation_contracts WHERE contract_no LIKE 'TDASH-%')""");
			case 6 -> this.jdbc.update(
					"UPDATE innovation_results SET area_id = ?, region = ?, category = ?, organization_id = ? WHERE id = ?",
					this.rows.anyOfflineArea(), this.rows.pick(TestRows.REGIONS), this.rows.pick(TestRows.CATEGORIES),
					this.rows.anyOrganization(), this.rows.pick(testResults));
			case 7 -> this.jdbc.update("UPDATE innovation_results SET published = NOT published WHERE id = ?",
					this.rows.pick(testResults));
			case 8 -> this.jdbc.update("UPDATE innovation_results SET like_count = like_count + ? WHERE id = ?",
					1 + this.rows.random().nextInt(5), this.rows.pick(testResults));
			case 9 -> this.jdbc.update("""
					INSERT INTO online_hotspots (area_id, result_id, title, media_kind, media_ref, visit_count)
					VALUES (?, ?, ?, ?, '/media/hotspot-001.svg', ?)""", this.rows.anyOnlineArea(),
					this.rows.pick(testResults), TestRows.HOTSPOT_TITLE,
					this.rows.pick(List.of("GRAPHIC", "AUDIO", "VIDEO")), this.rows.random().nextInt(100));
			default -> this.jdbc.update("""
					UPDATE online_hotspots SET visit_count = visit_count + 1,
					  media_kind = CASE media_kind WHEN 'VIDEO' THEN 'AUDIO' ELSE 'VIDEO' END
					WHERE title = ?""", TestRows.HOTSPOT_TITLE);
		}
	}

	private boolean isSigned(long resultId, long exceptContract) {
		return this.jdbc.queryForObject(
				"SELECT count(*) > 0 FROM transformation_contracts WHERE result_id = ? AND id <> ?", Boolean.class,
				resultId, exceptContract);
	}

	private void assertReconciled(String after) {
		for (Period period : List.of(Period.ALL, new Period(LocalDate.of(2022, 4, 27), LocalDate.of(2022, 4, 29)),
				new Period(LocalDate.of(2022, 4, 20), null), new Period(null, LocalDate.of(2022, 4, 28)))) {
			Dashboard dashboard = this.dashboards.dashboard(period);
			for (Breakdown breakdown : dashboard.breakdowns()) {
				assertThat(breakdown.reconciliation().differences())
					.as("%s by %s for %s after %s", "breakdown", breakdown.dimension(), period, after)
					.isEmpty();
			}
			assertThat(dashboard.overTime().reconciliation().differences()).as("days for %s after %s", period, after)
				.isEmpty();
			assertThat(dashboard.hotspotsByMediaKind().reconciliation().reconciled()).isTrue();
			assertThat(dashboard.awardsByAward().reconciliation().reconciled()).isTrue();
			assertThat(dashboard.reconciled()).isTrue();
			Measures counted = periodFromRows(period);
			assertThat(dashboard.contracts().contracts()).as("contracts for %s after %s", period, after)
				.isEqualTo(counted.contracts());
			assertThat(dashboard.contracts().amount()).as("amount for %s after %s", period, after)
				.isEqualByComparingTo(counted.amount());
			assertThat(dashboard.contracts().signedResults()).as("signed results for %s after %s", period, after)
				.isEqualTo(counted.signedResults());
		}
	}

	/**
	 * Each group of each breakdown for periods that whole months, months minus days and
	 * single days serve, against the same figures counted from the contracts.
	 */
	private void assertPeriodGroupsExact(String after) {
		List<Period> periods = List.of(new Period(LocalDate.of(2022, 4, 27), LocalDate.of(2022, 4, 29)),
				new Period(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 30)),
				new Period(LocalDate.of(2022, 4, 2), LocalDate.of(2022, 5, 31)),
				new Period(LocalDate.of(2022, 4, 21), LocalDate.of(2022, 6, 3)),
				new Period(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 2)),
				new Period(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30)),
				new Period(LocalDate.of(2022, 3, 15), null), new Period(null, LocalDate.of(2022, 5, 9)));
		for (Period period : periods) {
			for (Dimension dimension : Dimension.values()) {
				Map<String, String> summarized = new TreeMap<>();
				for (BreakdownRow row : this.stats.topGroups(dimension, period, Integer.MAX_VALUE)) {
					summarized.put(row.key(), row.measures().contracts() + "/" + row.measures().amount().setScale(2)
							+ "/" + row.measures().signedResults());
				}
				Map<String, String> counted = new TreeMap<>();
				this.jdbc.query(
						"""
								SELECT g.group_key, sum(p.contracts) AS contracts, sum(p.amount) AS amount, sum(p.firsts) AS firsts
								FROM (SELECT result_id, count(*) AS contracts, sum(amount) AS amount, 0 AS firsts
								      FROM transformation_contracts WHERE signed_on BETWEEN ? AND ? GROUP BY result_id
								      UNION ALL
								      SELECT result_id, 0, 0, 1 FROM transformation_contracts GROUP BY result_id
								      HAVING min(signed_on) BETWEEN ? AND ?) p
								JOIN innovation_results r ON r.id = p.result_id
								CROSS JOIN LATERAL dashboard_groups(r.area_id, r.region, r.category, r.organization_id) g
								WHERE g.dimension = ?
								GROUP BY 1""",
						(row) -> {
							counted.put(row.getString("group_key"), row.getLong("contracts") + "/"
									+ row.getBigDecimal("amount").setScale(2) + "/" + row.getLong("firsts"));
						}, period.firstDay(), period.lastDay(), period.firstDay(), period.lastDay(), dimension.key());
				assertThat(summarized).as("%s by %s after %s", period, dimension, after).isEqualTo(counted);
			}
		}
	}

	/** The period's figures counted from the contracts themselves. */
	private Measures periodFromRows(Period period) {
		return this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE c.signed_on BETWEEN ? AND ?) AS contracts,
				       coalesce(sum(c.amount) FILTER (WHERE c.signed_on BETWEEN ? AND ?), 0) AS amount,
				       (SELECT count(*) FROM (SELECT result_id FROM transformation_contracts GROUP BY result_id
				                             HAVING min(signed_on) BETWEEN ? AND ?) f) AS first_signed
				FROM transformation_contracts c""",
				(row, n) -> new Measures(null, row.getLong("first_signed"), row.getLong("contracts"),
						row.getBigDecimal("amount")),
				period.firstDay(), period.lastDay(), period.firstDay(), period.lastDay(), period.firstDay(),
				period.lastDay());
	}

}
