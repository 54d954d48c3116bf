package org.craftsman.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.craftsman.portal.dashboard.HeadlineTotals;
import org.craftsman.portal.dashboard.StatsQueries;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTotalsTest {

	static final int LEAST_VISITS = 400;

	static final int MOST_LIKES_PER_VISIT = 15;

	static final int LEAST_HOTSPOT_VISITS = 150;

	/**
	 * Two per cent of all likes: a long tail, but no single result takes the lion's
	 * share.
	 */
	static final long LIKES_OF_THE_MOST_LIKED = 616_200;

	@Autowired
	StatsQueries stats;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoDataLoader loader;

	@Test
	void demoDataReproducesEverySeedTotalExactly() {
		HeadlineTotals totals = this.stats.headlineTotals();
		assertThat(totals.offlineAreas()).isEqualTo(77);
		assertThat(totals.floorArea()).isGreaterThan(new BigDecimal("10000")).isEqualByComparingTo("10260.00");
		assertThat(totals.hotspots()).isEqualTo(440);
		assertThat(totals.results()).isGreaterThanOrEqualTo(600);
		assertThat(totals.signedResults()).isEqualTo(495);
		assertThat(totals.contractAmount()).isEqualTo(new BigDecimal("100000000.00"));
		assertThat(totals.visits()).isEqualTo(4_110_000L);
		assertThat(totals.likes()).isEqualTo(30_810_000L);
		assertThat(totals.liveViews()).isEqualTo(5_300_000L);
	}

	@Test
	void tenBestAndTenOutstandingOrganizationUnitsAreHonoured() {
		assertThat(announcementsOf("BEST_ORGANIZATION")).hasSize(10).first().isEqualTo("广东省总工会");
		assertThat(announcementsOf("OUTSTANDING_ORGANIZATION")).hasSize(10).first().isEqualTo("北京市总工会");
		assertThat(announcementsOf("BEST_ORGANIZATION"))
			.doesNotContainAnyElementsOf(announcementsOf("OUTSTANDING_ORGANIZATION"));
		assertThat(this.jdbc.queryForList("""
				SELECT a.recipient_name FROM award_announcements a JOIN awards w ON w.id = a.award_id
				WHERE w.code = 'TECH_ACHIEVEMENT' ORDER BY a.rank""", String.class)).contains("陈浩");
	}

	@Test
	void hotspotsMixGraphicAudioAndVideo() {
		List<String> kinds = this.jdbc.queryForList(
				"SELECT media_kind FROM online_hotspots GROUP BY media_kind HAVING count(*) >= 40 ORDER BY 1",
				String.class);
		assertThat(kinds).containsExactly("AUDIO", "GRAPHIC", "VIDEO");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM online_hotspots WHERE media_ref LIKE 'http%'",
				Integer.class))
			.isZero();
	}

	@Test
	void resultsAreSpreadOverAreasCategoriesRegionsAndOrganizations() {
		assertThat(count("SELECT count(DISTINCT area_id) FROM innovation_results")).isGreaterThanOrEqualTo(60);
		assertThat(count("SELECT count(DISTINCT category) FROM innovation_results")).isEqualTo(12);
		assertThat(count("SELECT count(DISTINCT region) FROM innovation_results")).isGreaterThanOrEqualTo(20);
		assertThat(count("SELECT count(DISTINCT organization_id) FROM innovation_results")).isGreaterThanOrEqualTo(80);
		assertThat(count("SELECT count(*) FROM innovation_results WHERE title_en IS NULL OR summary_en IS NULL"))
			.isZero();
	}

	@Test
	void everyOfflineAreaExhibitsResults() {
		assertThat(this.jdbc.queryForList("""
				SELECT a.code FROM exhibition_areas a
				WHERE a.kind = 'OFFLINE' AND NOT EXISTS (SELECT 1 FROM innovation_results r WHERE r.area_id = a.id)
				ORDER BY a.code""", String.class)).isEmpty();
		assertThat(count("SELECT count(*) FROM exhibition_areas WHERE kind = 'OFFLINE'")).isEqualTo(77);
	}

	/**
	 * Every result has at least {@value #LEAST_VISITS} visits and at most
	 * {@value #MOST_LIKES_PER_VISIT} likes a visit; every hotspot at least
	 * {@value #LEAST_HOTSPOT_VISITS} visits. The counters of demo data only grow during
	 * the tests.
	 */
	@Test
	void everyItemsCountersArePlausibleTogether() {
		String demoResults = "FROM innovation_results WHERE id <= " + DemoDataSet.RESULTS;
		assertThat(count("SELECT count(*) " + demoResults + " AND visit_count < " + LEAST_VISITS)).isZero();
		assertThat(count(
				"SELECT count(*) " + demoResults + " AND like_count > " + MOST_LIKES_PER_VISIT + " * visit_count"))
			.isZero();
		assertThat(count("SELECT count(*) " + demoResults + " AND like_count < visit_count")).isZero();
		assertThat(count("SELECT count(*) FROM online_hotspots WHERE id <= " + DemoDataSet.HOTSPOTS
				+ " AND visit_count < " + LEAST_HOTSPOT_VISITS))
			.isZero();
		long top = count("SELECT max(like_count) " + demoResults);
		assertThat(top).isLessThan(LIKES_OF_THE_MOST_LIKED);
	}

	@Test
	void everyConferenceDayHasALiveBroadcast() {
		List<LocalDate> days = this.jdbc.queryForList(
				"SELECT DISTINCT (starts_at AT TIME ZONE 'Asia/Shanghai')::date FROM live_broadcasts ORDER BY 1",
				LocalDate.class);
		assertThat(days).containsExactly(LocalDate.of(2022, 4, 27), LocalDate.of(2022, 4, 28),
				LocalDate.of(2022, 4, 29));
	}

	@Test
	void loadingAgainIntoAFilledDatabaseChangesNothing() {
		HeadlineTotals before = this.stats.headlineTotals();
		this.loader.afterSingletonsInstantiated();
		assertThat(this.stats.headlineTotals()).isEqualTo(before);
	}

	@Test
	void theDataSetIsTheSameOnEveryGeneration() {
		DemoDataSet first = DemoDataSet.generate();
		DemoDataSet second = DemoDataSet.generate();
		assertThat(second.results).containsExactlyElementsOf(first.results);
	}

	private List<String> announcementsOf(String awardCode) {
		return this.jdbc.queryForList("""
				SELECT o.name FROM award_announcements a
				JOIN awards w ON w.id = a.award_id JOIN organizations o ON o.id = a.organization_id
				WHERE w.code = ? ORDER BY a.rank""", String.class, awardCode);
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
