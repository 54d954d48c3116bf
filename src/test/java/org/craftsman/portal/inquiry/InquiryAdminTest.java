package org.craftsman.portal.inquiry;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizers work an inquiry through the admin over real HTTP: the list filters it, its
 * status moves only forward (an illegal step is refused on its field and changes nothing;
 * a save over a newer one is refused), every step is in the audit log, the export guards
 * against formulas, a contract is pre-filled from it, staff see only counts, and a closed
 * inquiry is deleted with its history after the retention period.
 */
@IntegrationTest
class InquiryAdminTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InquiryRetention retention;

	OwnRows rows;

	long result;

	String resultCode;

	long inquiry;

	WebClient organizer;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
		this.result = this.rows.result("对接管理测试成果");
		this.resultCode = this.jdbc.queryForObject("SELECT code FROM innovation_results WHERE id = ?", String.class,
				this.result);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("organizationName", this.rows.tag() + " 合作开发公司");
		fields.put("contactPerson", "周对接");
		fields.put("email", "zhou@example.com");
		fields.put("kind", "JOINT_DEVELOPMENT");
		fields.put("message", "=HYPERLINK(\"http://x\")");
		assertThat(new WebClient(this.port).postRaw("/results/" + this.result + "/inquiries", fields).statusCode())
			.isEqualTo(302);
		this.inquiry = this.jdbc.queryForObject("SELECT id FROM inquiries WHERE result_id = ?", Long.class,
				this.result);
		this.organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
	}

	@AfterEach
	void removeRows() {
		this.jdbc.update("DELETE FROM audit_log WHERE entity_type = 'INQUIRIES' AND entity_id = ?", this.inquiry);
		this.rows.deleteAll();
	}

	private Map<String, String> form(String status, String notes, int version) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(version));
		fields.put("status", status);
		fields.put("kind", "JOINT_DEVELOPMENT");
		fields.put("resultCode", this.resultCode);
		fields.put("organizationName", this.rows.tag() + " 合作开发公司");
		fields.put("contactPerson", "周对接");
		fields.put("phone", "");
		fields.put("email", "zhou@example.com");
		fields.put("message", "=HYPERLINK(\"http://x\")");
		fields.put("notes", notes);
		return fields;
	}

	private HttpResponse<String> save(Map<String, String> fields) {
		String edit = "/admin/inquiries/" + this.inquiry + "/edit";
		return this.organizer.post(edit, fields, edit);
	}

	private String status() {
		return this.jdbc.queryForObject("SELECT status FROM inquiries WHERE id = ?", String.class, this.inquiry);
	}

	@Test
	void theListFiltersByStatusResultAndArea() {
		String area = this.jdbc.queryForObject(
				"SELECT a.code FROM exhibition_areas a JOIN innovation_results r ON r.area_id = a.id WHERE r.id = ?",
				String.class, this.result);
		assertThat(this.organizer.page("/admin/inquiries").select(".inquiry-row").text()).contains(this.resultCode);
		assertThat(this.organizer.page("/admin/inquiries?status=NEW&result=" + this.resultCode + "&area=" + area)
			.select(".inquiry-row")).hasSize(1);
		assertThat(
				this.organizer.page("/admin/inquiries?status=SIGNED&result=" + this.resultCode).select(".inquiry-row"))
			.isEmpty();
		assertThat(this.organizer.page("/admin/inquiries?status=bogus&result=%3Cx%3E&area=").select(".inquiry-row"))
			.isNotEmpty();
		assertThat(this.organizer.page("/admin/inquiries?q=周对接").select(".inquiry-row")).hasSize(1);
	}

	@Test
	void theStatusMovesOnlyForwardAndEveryStepIsAudited() {
		assertThat(save(form("SIGNED", "", 0)).statusCode()).isEqualTo(200);
		assertThat(status()).isEqualTo("NEW");

		assertThat(save(form("CONTACTED", "电话联系，约定面谈", 0)).statusCode()).isEqualTo(302);
		assertThat(status()).isEqualTo("CONTACTED");
		HttpResponse<String> stale = save(form("NEGOTIATING", "旧版本", 0));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(status()).isEqualTo("CONTACTED");

		assertThat(save(form("NEGOTIATING", "进入洽谈", 1)).statusCode()).isEqualTo(302);
		assertThat(save(form("SIGNED", "签约", 2)).statusCode()).isEqualTo(302);
		assertThat(status()).isEqualTo("SIGNED");
		assertThat(this.jdbc.queryForObject("SELECT closed_at IS NOT NULL FROM inquiries WHERE id = ?", Boolean.class,
				this.inquiry))
			.isTrue();
		HttpResponse<String> reopen = save(form("NEW", "重开", 3));
		assertThat(reopen.statusCode()).isEqualTo(200);
		Document refused = Jsoup.parse(reopen.body());
		assertThat(refused.select("#status-error").text()).contains("已签约");
		assertThat(status()).isEqualTo("SIGNED");

		List<String> steps = this.jdbc.queryForList(
				"""
						SELECT actor || ' ' || action || ' ' || coalesce((SELECT c->>'after' FROM jsonb_array_elements(changes) c
						    WHERE c->>'field' = 'status'), '-')
						FROM audit_log WHERE entity_type = 'INQUIRIES' AND entity_id = ? ORDER BY id""",
				String.class, this.inquiry);
		assertThat(steps).containsExactly("visitor CREATE NEW", "organizer UPDATE CONTACTED",
				"organizer UPDATE NEGOTIATING", "organizer UPDATE SIGNED");
	}

	@Test
	void theExportHoldsWhatTheListShowsWithFormulasDisarmed() {
		HttpResponse<String> csv = this.organizer.get("/admin/inquiries/export.csv?result=" + this.resultCode);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("inquiries-");
		assertThat(csv.body()).contains("zhou@example.com").contains("'=HYPERLINK").contains("周对接");
		assertThat(csv.body().lines().count()).isEqualTo(2);
		HttpResponse<byte[]> xlsx = bytes("/admin/inquiries/export.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		assertThat(this.organizer.get("/admin/inquiries/export.exe").statusCode()).isEqualTo(404);
	}

	private HttpResponse<byte[]> bytes(String path) {
		HttpResponse<String> response = this.organizer.get(path);
		return new HttpResponse<>() {
			public int statusCode() {
				return response.statusCode();
			}

			public java.net.http.HttpRequest request() {
				return response.request();
			}

			public java.util.Optional<HttpResponse<byte[]>> previousResponse() {
				return java.util.Optional.empty();
			}

			public java.net.http.HttpHeaders headers() {
				return response.headers();
			}

			public byte[] body() {
				return response.body().getBytes(StandardCharsets.ISO_8859_1);
			}

			public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
				return java.util.Optional.empty();
			}

			public java.net.URI uri() {
				return response.uri();
			}

			public java.net.http.HttpClient.Version version() {
				return response.version();
			}
		};
	}

	@Test
	void aContractIsPreFilledFromTheInquiry() {
		Document edit = this.organizer.page("/admin/inquiries/" + this.inquiry + "/edit");
		String link = edit.select("a.inquiry-sign-contract").attr("href");
		assertThat(link).startsWith("/admin/contracts/new?");
		Document contract = this.organizer.page(link);
		assertThat(contract.select("#resultCode").val()).isEqualTo(this.resultCode);
		assertThat(contract.select("#kind option[selected]").val()).isEqualTo("JOINT_DEVELOPMENT");
		assertThat(contract.select("#transfereeName").val()).isEmpty();
		assertThat(contract.select("#note").text()).contains("#" + this.inquiry);

		String known = this.jdbc.queryForObject("SELECT min(name) FROM organizations WHERE kind = 'ENTERPRISE'",
				String.class);
		Document withKnown = this.organizer
			.page("/admin/contracts/new?inquiry=" + this.inquiry + "&resultCode=" + this.resultCode
					+ "&kind=LICENCE&transfereeName=" + java.net.URLEncoder.encode(known, StandardCharsets.UTF_8));
		assertThat(withKnown.select("#transfereeName").val()).isEqualTo(known);
		assertThat(withKnown.select("#kind option[selected]").val()).isEqualTo("LICENCE");
	}

	@Test
	void staffSeeCountsOnTheDashboardButNoInquiry() {
		WebClient staff = new WebClient(this.port).loggedInAs("staff", "demo-staff");
		assertThat(staff.get("/admin/inquiries").statusCode()).isIn(302, 403);
		assertThat(staff.get("/admin/inquiries/export.csv").statusCode()).isIn(302, 403);
		Document dashboard = staff.page("/dashboard");
		assertThat(dashboard.select("#table-inquiries-status tr[data-status=NEW] td").text()).isNotBlank();
		assertThat(dashboard.select("#table-inquiries-result tr[data-key=" + this.resultCode + "] td").first().text())
			.isEqualTo("1");
		assertThat(dashboard.html()).doesNotContain("周对接").doesNotContain("zhou@example.com");
		long news = this.jdbc.queryForObject("SELECT count(*) FROM inquiries WHERE status = 'NEW'", Long.class);
		assertThat(dashboard.select("#table-inquiries-status tr[data-status=NEW] td").text())
			.isEqualTo(String.valueOf(news));
	}

	@Test
	void aClosedInquiryIsDeletedWithItsHistoryAfterTheRetentionPeriod() {
		this.jdbc.update(
				"UPDATE inquiries SET status = 'DECLINED', closed_at = now() - interval '364 days'" + " WHERE id = ?",
				this.inquiry);
		assertThat(this.retention.deleteExpired()).isZero();
		this.jdbc.update("UPDATE inquiries SET closed_at = now() - interval '366 days' WHERE id = ?", this.inquiry);
		assertThat(this.retention.deleteExpired()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM inquiries WHERE id = ?", Long.class, this.inquiry))
			.isZero();
		List<String> left = this.jdbc
			.queryForList("SELECT actor || ' ' || action || ' ' || changes::text FROM audit_log"
					+ " WHERE entity_type = 'INQUIRIES' AND entity_id = ?", String.class, this.inquiry);
		assertThat(left).containsExactly("retention DELETE []");
	}

}
