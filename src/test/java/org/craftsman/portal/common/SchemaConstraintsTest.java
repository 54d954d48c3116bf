package org.craftsman.portal.common;

import org.craftsman.portal.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses bad rows, whoever writes them. The schema alone is enough:
 * each test makes the rows it needs and rolls back.
 */
@DatabaseTest
class SchemaConstraintsTest {

	@Autowired
	JdbcTemplate jdbc;

	long organization;

	long area;

	long result;

	long award;

	@BeforeEach
	void someRows() {
		this.organization = id("INSERT INTO organizations (name, kind, region)"
				+ " VALUES ('约束测试单位', 'ENTERPRISE', '广东') RETURNING id");
		this.area = id("INSERT INTO exhibition_areas (code, name, kind, hall)"
				+ " VALUES ('SC-A01', '约束测试展区', 'OFFLINE', '1号馆') RETURNING id");
		this.result = id("INSERT INTO innovation_results (code, title, summary, category, region, innovators,"
				+ " organization_id, area_id) VALUES ('SC-R1', '约束测试成果', 's', '装备制造', '广东', '张三', " + this.organization
				+ ", " + this.area + ") RETURNING id");
		this.award = id("INSERT INTO awards (code, name, recipient_kind)"
				+ " VALUES ('SC-W1', '约束测试奖', 'PERSON') RETURNING id");
	}

	@Test
	void flywayMigratedEveryTable() {
		assertThat(this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class))
			.contains("organizations", "exhibition_areas", "online_hotspots", "innovation_results",
					"transformation_contracts", "awards", "award_announcements", "live_broadcasts", "portal_users",
					"conference", "spring_session");
	}

	@Test
	void aContractAmountMustBePositive() {
		assertRejected(contract("NEG-1", "-5.00"));
		assertRejected(contract("ZERO-1", "0.00"));
	}

	@Test
	void aContractNumberIsUnique() {
		this.jdbc.update(contract("DUP-1", "1000.00"));
		assertRejected(contract("DUP-1", "2000.00"));
	}

	@Test
	void aContractMustNameAnExistingResult() {
		assertRejected(
				"INSERT INTO transformation_contracts (contract_no, result_id, transferee_id, amount, signed_on, kind)"
						+ " VALUES ('GHOST-1', 999999, " + this.organization + ", 10, DATE '2022-04-29', 'TRANSFER')");
	}

	@Test
	void aResultNeedsATitle() {
		assertRejected(
				"INSERT INTO innovation_results (code, title, summary, category, region, innovators, organization_id, area_id)"
						+ " VALUES ('NT-1', NULL, 's', '装备制造', '广东', '张三', " + this.organization + ", " + this.area
						+ ")");
		assertRejected(
				"INSERT INTO innovation_results (code, title, summary, category, region, innovators, organization_id, area_id)"
						+ " VALUES ('NT-2', '   ', 's', '装备制造', '广东', '张三', " + this.organization + ", " + this.area
						+ ")");
	}

	@Test
	void aFloorAreaCannotBeNegativeAndOnlineAreasHaveNone() {
		assertRejected(
				"INSERT INTO exhibition_areas (code, name, kind, hall, floor_area) VALUES ('X-1', 'x', 'OFFLINE', '1号馆', -1)");
		assertRejected(
				"INSERT INTO exhibition_areas (code, name, kind, hall, floor_area) VALUES ('X-2', 'x', 'ONLINE', '线上', 10)");
		assertRejected(
				"INSERT INTO exhibition_areas (code, name, kind, hall) VALUES ('SC-A01', 'duplicate code', 'OFFLINE', '1号馆')");
	}

	@Test
	void enumsAreCheckedByTheDatabase() {
		assertRejected("INSERT INTO online_hotspots (area_id, title, media_kind, media_ref) VALUES (" + this.area
				+ ", 't', 'HOLOGRAM', '/m')");
		assertRejected("INSERT INTO exhibition_areas (code, name, kind, hall) VALUES ('X-3', 'x', 'MOON', '1号馆')");
	}

	@Test
	void aBroadcastEndsAfterItStarts() {
		assertRejected("INSERT INTO live_broadcasts (title, host, starts_at, ends_at)"
				+ " VALUES ('t', 'h', TIMESTAMPTZ '2022-04-27 10:00+08', TIMESTAMPTZ '2022-04-27 09:00+08')");
	}

	@Test
	void anAnnouncementNamesItsRecipient() {
		assertRejected("INSERT INTO award_announcements (award_id, rank, announced_on) VALUES (" + this.award
				+ ", 999, DATE '2022-04-29')");
	}

	@Test
	void countersCannotGoNegative() {
		assertRejected("UPDATE innovation_results SET like_count = -1 WHERE id = " + this.result);
	}

	private String contract(String number, String amount) {
		return "INSERT INTO transformation_contracts (contract_no, result_id, transferee_id, amount, signed_on, kind)"
				+ " VALUES ('" + number + "', " + this.result + ", " + this.organization + ", " + amount
				+ ", DATE '2022-04-29', 'TRANSFER')";
	}

	private long id(String insert) {
		return this.jdbc.queryForObject(insert, Long.class);
	}

	private void assertRejected(String sql) {
		this.jdbc.execute("SAVEPOINT attempt");
		assertThatThrownBy(() -> this.jdbc.execute(sql)).isInstanceOf(DataIntegrityViolationException.class);
		this.jdbc.execute("ROLLBACK TO SAVEPOINT attempt");
	}

}
