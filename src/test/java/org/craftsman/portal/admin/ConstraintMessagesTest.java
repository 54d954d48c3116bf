package org.craftsman.portal.admin;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What PostgreSQL refuses comes back as a message on the field concerned, in the reader's
 * language, with everything the organizer typed still in the form.
 */
@IntegrationTest
class ConstraintMessagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConstraintMessages constraints;

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	@Test
	void aDuplicateContractNumberIsReportedOnThatFieldInChinese() {
		Map<String, Long> before = TestRows.counts(this.jdbc);
		Document page = contract(new WebClient(this.port), "CIE2022-0001");
		assertThat(page.select("#contractNo-error").text()).isEqualTo("已有签约使用此合同编号。");
		assertThat(page.select(".field.has-error")).hasSize(1);
		assertThat(page.select("#contractNo").val()).isEqualTo("CIE2022-0001");
		assertThat(page.select("#amount").val()).isEqualTo("98765.43");
		assertThat(page.select("#note").text()).isEqualTo("ZT 备注 <b>不变</b>");
		assertThat(page.select("#form-errors a[href=#contractNo]")).hasSize(1);
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aDuplicateContractNumberIsReportedOnThatFieldInEnglish() {
		Document page = contract(new WebClient(this.port).acceptLanguage("en"), "CIE2022-0002");
		assertThat(page.select("#contractNo-error").text()).isEqualTo("Another contract already has this number.");
	}

	@Test
	void duplicateAreaCodesAndOrganizationNamesAreReportedOnTheirFields() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Document area = Jsoup.parse(
				organizer
					.post("/admin/areas/new",
							Map.of("code", "A01", "name", "ZT", "kind", "OFFLINE", "hall", "1号馆", "floorArea", "1"),
							"/admin/areas/new")
					.body());
		assertThat(area.select("#code-error").text()).isEqualTo("已有展区使用此编号。");
		Document organization = Jsoup.parse(
				organizer
					.post("/admin/organizations/new", Map.of("name", "北京市总工会", "kind", "TRADE_UNION", "region", "北京"),
							"/admin/organizations/new")
					.body());
		assertThat(organization.select("#name-error").text()).isEqualTo("已有单位使用此名称。");
	}

	@Test
	void aSecondRecipientAtTheSameRankIsRefusedOnTheRank() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Document page = Jsoup.parse(
				organizer
					.post("/admin/awards/announcements/new",
							Map.of("awardCode", "TECH_ACHIEVEMENT", "rank", "1", "recipientName", "ZT 王五",
									"announcedOn", "2022-04-29"),
							"/admin/awards/announcements/new")
					.body());
		assertThat(page.select("#rank-error").text()).isEqualTo("该奖项在此名次已有获奖者。");
	}

	@Test
	void unknownRelatedRecordsAreNamedOnTheirFields() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Map<String, String> fields = new LinkedHashMap<>(Map.of("contractNo", "ZT-C9", "resultCode", "NO-SUCH",
				"transfereeName", "不存在的公司", "amount", "10", "signedOn", "2022-04-28", "kind", "TRANSFER"));
		Document page = Jsoup.parse(organizer.post("/admin/contracts/new", fields, "/admin/contracts/new").body());
		assertThat(page.select("#resultCode-error").text()).isEqualTo("没有编号为“NO-SUCH”的成果。");
		assertThat(page.select("#transfereeName-error").text()).contains("不存在的公司");
	}

	@Test
	void generatedConstraintNamesLeadToTheirColumns() {
		assertThat(violation("INSERT INTO transformation_contracts (contract_no, result_id, transferee_id, amount,"
				+ " signed_on, kind) VALUES ('ZT-X', 1, 1, -1, DATE '2022-01-01', 'TRANSFER')"))
			.isEqualTo(new ConstraintMessages.Violation("check", "transformation_contracts_amount_check", "amount"));
		assertThat(violation("INSERT INTO transformation_contracts (contract_no, result_id, transferee_id, amount,"
				+ " signed_on, kind) VALUES ('ZT-X', 999999, 1, 1, DATE '2022-01-01', 'TRANSFER')"))
			.isEqualTo(new ConstraintMessages.Violation("reference", "transformation_contracts_result_id_fkey",
					"resultCode"));
		assertThat(
				violation("INSERT INTO exhibition_areas (code, name, kind, hall) VALUES ('A01', 'x', 'OFFLINE', 'h')"))
			.isEqualTo(new ConstraintMessages.Violation("unique", "exhibition_areas_code_unique", "code"));
		assertThat(violation("INSERT INTO organizations (name, kind, region) VALUES (NULL, 'SCHOOL', '北京')").field())
			.isEqualTo("name");
	}

	private ConstraintMessages.Violation violation(String sql) {
		DataIntegrityViolationException refusal = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> this.jdbc.update(sql));
		return this.constraints.explain(refusal);
	}

	private Document contract(WebClient client, String number) {
		client.loggedInAs("organizer", "demo-organizer");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("contractNo", number);
		fields.put("resultCode", "CIE-0276");
		fields.put("transfereeName", "唐山永盛船舶重工有限公司");
		fields.put("amount", "98765.43");
		fields.put("signedOn", "2022-04-28");
		fields.put("kind", "TRANSFER");
		fields.put("note", "ZT 备注 <b>不变</b>");
		HttpResponse<String> response = client.post("/admin/contracts/new", fields, "/admin/contracts/new");
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
