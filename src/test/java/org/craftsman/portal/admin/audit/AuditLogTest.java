package org.craftsman.portal.admin.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log records who changed which record when, field by field, and organizers
 * find entries by kind, record, action, account, text and day.
 */
@IntegrationTest
class AuditLogTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	@Test
	void aChangeIsRecordedFieldByFieldAndFoundByFilters() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "ZT 审计单位", "kind", "SCHOOL", "region", "北京"));
		assertThat(organizer.post("/admin/organizations/new", fields, "/admin/organizations/new").statusCode())
			.isEqualTo(302);
		long id = TestRows.id(this.jdbc, "SELECT id FROM organizations WHERE name = 'ZT 审计单位'");
		fields.put("region", "上海");
		fields.put("nameEn", "Audit <School>");
		fields.put("version", "0");
		assertThat(
				organizer.post("/admin/organizations/" + id + "/edit", fields, "/admin/organizations/new").statusCode())
			.isEqualTo(302);

		Document page = organizer.page("/admin/audit?type=ORGANIZATIONS&entityId=" + id);
		assertThat(page.select("tbody tr")).hasSize(2);
		Element update = page.selectFirst("tbody tr");
		assertThat(update.select("td").get(1).text()).isEqualTo("organizer");
		assertThat(update.select(".badge").text()).isEqualTo("修改");
		assertThat(update.select("dt").eachText()).containsExactly("名称（英文）", "地区");
		assertThat(update.select("dd del").eachText()).containsExactly("北京");
		assertThat(update.select("dd ins").eachText()).containsExactly("Audit <School>", "上海");
		assertThat(update.select("a").attr("href")).isEqualTo("/admin/organizations/" + id + "/edit");
		assertThat(page.select("tbody tr").get(1).select(".badge").text()).isEqualTo("添加");

		assertThat(organizer.page("/admin/audit?action=CREATE&q=ZT%20%E5%AE%A1%E8%AE%A1").select("tbody tr"))
			.hasSize(1);
		assertThat(organizer.page("/admin/audit?actor=staff").select(".empty-state")).hasSize(1);
		assertThat(organizer.page("/admin/audit?from=2000-01-01&to=2000-01-02").select(".empty-state")).hasSize(1);
		assertThat(organizer.page("/admin/audit?type=ORGANIZATIONS&entityId=" + id + "&from=2020-01-01")
			.select("tbody tr")).hasSize(2);
		Document english = new WebClient(this.port).acceptLanguage("en")
			.loggedInAs("organizer", "demo-organizer")
			.page("/admin/audit?type=ORGANIZATIONS&entityId=" + id);
		assertThat(english.select("tbody tr .badge").eachText()).containsExactly("Changed", "Added");
		assertThat(english.select("tbody tr").first().select("dt").eachText()).containsExactly("Name (English)",
				"Region");
	}

	@Test
	void aDeletionKeepsTheLastValues() {
		this.jdbc.update("INSERT INTO awards (code, name, recipient_kind) VALUES ('ZT_GONE', 'ZT 将删除的奖', 'RESULT')");
		long id = TestRows.id(this.jdbc, "SELECT id FROM awards WHERE code = 'ZT_GONE'");
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		assertThat(
				organizer.post("/admin/awards/" + id + "/delete", Map.of("version", "0"), "/admin/awards").statusCode())
			.isEqualTo(302);
		Element entry = organizer.page("/admin/audit?type=AWARDS&entityId=" + id).selectFirst("tbody tr");
		assertThat(entry.select(".badge").text()).isEqualTo("删除");
		assertThat(entry.select("dd del").eachText()).contains("ZT_GONE", "ZT 将删除的奖", "成果");
		assertThat(entry.select("a")).isEmpty();
	}

	@Test
	void theLogPagesThroughManyEntries() {
		this.jdbc.update("""
				INSERT INTO audit_log (actor, action, entity_type, entity_id, entity_label)
				SELECT 'zt-pager', 'UPDATE', 'RESULTS', n, 'ZT entry ' || n FROM generate_series(1, 60) n""");
		try {
			WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
			Document first = organizer.page("/admin/audit?actor=zt-pager");
			assertThat(first.select("tbody tr")).hasSize(25);
			assertThat(first.select(".admin-pager").text()).contains("共 3 页");
			Document last = organizer
				.page(first.select(".admin-pager a[rel=next]").attr("href").replace("page=2", "page=3"));
			assertThat(last.select("tbody tr")).hasSize(10);
		}
		finally {
			this.jdbc.update("DELETE FROM audit_log WHERE actor = 'zt-pager'");
		}
	}

}
