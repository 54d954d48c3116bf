package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.craftsman.portal.support.MarkedRows;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows a test adds beside the demo data, all marked so that {@link #deleteAll()} removes
 * them again and the demo data's exact totals hold for the next test.
 */
final class TestRows {

	static final String RESULT_PREFIX = "TDASH-";

	static final String CONTRACT_PREFIX = "TDASH-";

	static final String HOTSPOT_TITLE = "TDASH hotspot";

	static final List<String> REGIONS = List.of("北京", "上海", "广东", "四川", "新疆");

	static final List<String> CATEGORIES = List.of("装备制造", "电力能源", "交通运输", "航空航天");

	static final List<String> KINDS = List.of("TRANSFER", "LICENCE", "JOINT_DEVELOPMENT", "EQUITY", "TECH_SERVICE");

	private final JdbcTemplate jdbc;

	private final Random random;

	private int sequence;

	TestRows(JdbcTemplate jdbc, long seed) {
		this.jdbc = jdbc;
		this.random = new Random(seed);
	}

	Random random() {
		return this.random;
	}

	long anyOrganization() {
		return pick("SELECT id FROM organizations ORDER BY id");
	}

	long anyOfflineArea() {
		return pick("SELECT id FROM exhibition_areas WHERE kind = 'OFFLINE' ORDER BY id");
	}

	long anyOnlineArea() {
		return pick("SELECT id FROM exhibition_areas WHERE kind = 'ONLINE' ORDER BY id");
	}

	long anyDemoResult() {
		return pick("SELECT id FROM innovation_results WHERE code NOT LIKE '" + RESULT_PREFIX + "%' ORDER BY id");
	}

	/** A demo result that already has contracts. */
	long anySignedDemoResult() {
		return pick("SELECT DISTINCT result_id FROM transformation_contracts WHERE contract_no NOT LIKE '"
				+ CONTRACT_PREFIX + "%' ORDER BY result_id");
	}

	long anyTestResult() {
		return pick("SELECT id FROM innovation_results WHERE code LIKE '" + RESULT_PREFIX + "%' ORDER BY id");
	}

	/** A new published or unpublished result in a random area, region and category. */
	long addResult() {
		String code = RESULT_PREFIX + (++this.sequence) + "-" + this.random.nextInt(1_000_000);
		return this.jdbc.queryForObject("""
				INSERT INTO innovation_results (code, title, summary, category, region, innovators, organization_id,
				                                area_id, published, like_count, visit_count)
				VALUES (?, '测试成果', '用于核对看板的测试成果。', ?, ?, '测试员', ?, ?, ?, ?, ?) RETURNING id""", Long.class, code,
				pick(CATEGORIES), pick(REGIONS), anyOrganization(), anyOfflineArea(), this.random.nextInt(5) > 0,
				this.random.nextInt(1000), this.random.nextInt(1000));
	}

	/** A contract for the given result, signed on a random day around the conference. */
	long addContract(long resultId) {
		return this.jdbc.queryForObject("""
				INSERT INTO transformation_contracts (contract_no, result_id, transferee_id, amount, signed_on, kind)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, nextContractNo(), resultId, anyOrganization(),
				amount(), Date.valueOf(day()), pick(KINDS));
	}

	String nextContractNo() {
		return CONTRACT_PREFIX + (++this.sequence) + "-" + this.random.nextInt(1_000_000);
	}

	/** Up to a million yuan, to the fen. */
	BigDecimal amount() {
		return BigDecimal.valueOf(1 + this.random.nextInt(100_000_000), 2);
	}

	LocalDate day() {
		return LocalDate.of(2022, 4, 20).plusDays(this.random.nextInt(30));
	}

	void deleteAll() {
		MarkedRows.delete(this.jdbc, "TDASH");
	}

	<T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	private long pick(String sql) {
		return pick(this.jdbc.queryForList(sql, Long.class));
	}

}
