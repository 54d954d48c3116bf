package org.craftsman.portal.admin;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin section adds, edits and deletes its records through its forms, with a
 * message after each save and an audit entry for each change.
 */
@IntegrationTest
class AdminFormsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	static Stream<Arguments> sections() {
		return Stream.of(
				Arguments.of("areas", "exhibition_areas", "code", "ZT-A1",
						fields("code", "ZT-A1", "name", "ZT 测试展区", "kind", "OFFLINE", "hall", "9号馆", "floorArea",
								"12.5", "displayOrder", "3"),
						"name", "ZT 改名展区"),
				Arguments.of("organizations", "organizations", "name", "ZT 测试单位",
						fields("name", "ZT 测试单位", "kind", "ENTERPRISE", "region", "广东"), "region", "浙江"),
				Arguments.of("results", "innovation_results", "code", "ZT-R1",
						fields("code", "ZT-R1", "title", "ZT 测试成果", "summary", "一项测试成果。", "category", "装备制造", "region",
								"广东", "innovators", "张三、李四", "organizationName", "太原宏远智能装备有限公司", "areaCode", "A01",
								"published", "true", "_published", "on", "_featured", "on"),
						"title", "ZT 改名成果"),
				Arguments
					.of("contracts", "transformation_contracts", "contract_no", "ZT-C1",
							fields("contractNo", "ZT-C1", "resultCode", "CIE-0276", "transfereeName", "唐山永盛船舶重工有限公司",
									"amount", "120000.50", "signedOn", "2022-04-28", "kind", "LICENCE"),
							"amount", "130000"),
				Arguments.of("hotspots", "online_hotspots", "title", "ZT 热点",
						fields("areaCode", "ON01", "title", "ZT 热点", "mediaKind", "GRAPHIC", "mediaRef",
								"/media/hotspot-001.svg", "displayOrder", "1"),
						"titleEn", "A test hotspot"),
				Arguments.of("broadcasts", "live_broadcasts", "title", "ZT 直播",
						fields("title", "ZT 直播", "host", "主持人", "startsAt", "2022-04-28T10:00", "endsAt",
								"2022-04-28T11:30", "areaCode", "A01"),
						"host", "新主持人"),
				Arguments.of("awards", "awards", "code", "ZT_AWARD",
						fields("code", "ZT_AWARD", "name", "ZT 测试奖", "recipientKind", "PERSON", "displayOrder", "9"),
						"nameEn", "Test award"),
				Arguments
					.of("awards/announcements", "award_announcements", "recipient_name", "ZT 张三",
							fields("awardCode", "TECH_ACHIEVEMENT", "rank", "99", "recipientName", "ZT 张三",
									"announcedOn", "2022-04-29", "published", "true", "_published", "on"),
							"recipientTitle", "高级技师"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sections")
	void anOrganizerAddsEditsAndDeletesARecord(String path, String table, String keyColumn, String key,
			Map<String, String> fields, String changedField, String changedValue) {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		String base = "/admin/" + path;

		HttpResponse<String> created = organizer.post(base + "/new", fields, base + "/new");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location")).get().asString().endsWith(base);
		assertThat(organizer.page(base).select(".admin-flash").text()).contains("已添加");
		long id = TestRows.id(this.jdbc, "SELECT id FROM " + table + " WHERE " + keyColumn + " = ?", key);
		assertThat(audit("CREATE", id)).isEqualTo(1);

		Document edit = organizer.page(base + "/" + id + "/edit");
		assertThat(edit.select("h1")).hasSize(1);
		Map<String, String> changed = new LinkedHashMap<>(fields);
		changed.put(changedField, changedValue);
		changed.put("version", edit.select("input[name=version]").val());
		HttpResponse<String> updated = organizer.post(base + "/" + id + "/edit", changed, base + "/" + id + "/edit");
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(302);
		assertThat(organizer.page(base).select(".admin-flash").text()).contains("已保存");
		assertThat(
				this.jdbc.queryForObject("SELECT changes::text FROM audit_log WHERE action = 'UPDATE' AND entity_id = ?"
						+ " ORDER BY id DESC LIMIT 1", String.class, id))
			.contains("\"field\": \"" + changedField + "\"");

		Document confirm = organizer.page(base + "/" + id + "/delete");
		assertThat(confirm.select("main button[type=submit]")).isNotEmpty();
		HttpResponse<String> deleted = organizer.post(base + "/" + id + "/delete",
				Map.of("version", confirm.select("input[name=version]").val()), base + "/" + id + "/delete");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(organizer.page(base).select(".admin-flash").text()).contains("已删除");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE id = ?", Long.class, id))
			.isZero();
		assertThat(audit("DELETE", id)).isEqualTo(1);
	}

	@Test
	void everySectionListsSearchesAndPagesInBothLanguages() {
		for (String language : new String[] { "zh-CN", "en" }) {
			WebClient organizer = new WebClient(this.port).acceptLanguage(language)
				.loggedInAs("organizer", "demo-organizer");
			for (String path : new String[] { "areas", "hotspots", "results", "contracts", "awards",
					"awards/announcements", "organizations", "broadcasts" }) {
				Document list = organizer.page("/admin/" + path);
				assertThat(list.select("html").attr("lang")).isEqualTo(language);
				assertThat(list.select("h1")).hasSize(1);
				assertThat(list.select("table.table-cards tbody tr")).isNotEmpty();
				assertThat(list.select("table.table-cards tbody td[data-label]")).isNotEmpty();
				assertThat(list.select(".empty-state")).isEmpty();
				assertThat(list.select("thead tr")).hasSize(1);
				assertThat(list.select("thead th")).hasSameSizeAs(list.select("tbody tr").first().select("td"));
				Document form = organizer.page("/admin/" + path + "/new");
				assertThat(form.select("form.admin-form")).hasSize(1);
			}
		}
	}

	@Test
	void resultsListPagesAndSearchesByTitle() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Document first = organizer.page("/admin/results");
		assertThat(first.select("tbody tr")).hasSize(25);
		assertThat(first.select(".admin-pager a[rel=next]").attr("href")).isEqualTo("/admin/results?page=2");
		Document third = organizer.page("/admin/results?page=3");
		assertThat(third.select("tbody tr td:first-child").text())
			.isNotEqualTo(first.select("tbody tr td:first-child").text());
		Document found = organizer.page("/admin/results?q=CIE-0001");
		assertThat(found.select("tbody tr")).hasSize(1);
		assertThat(organizer.page("/admin/results?q=%25").select("tbody tr")).isEmpty();
		assertThat(organizer.page("/admin/results?q=no-such-thing").select(".empty-state").text())
			.contains("no-such-thing");
	}

	@Test
	void englishFormsSpeakEnglish() {
		WebClient organizer = new WebClient(this.port).acceptLanguage("en").loggedInAs("organizer", "demo-organizer");
		Document form = organizer.page("/admin/contracts/new");
		assertThat(form.select("label[for=contractNo]").text()).contains("Contract number");
		assertThat(form.select("select#kind option").eachText()).contains("Licence");
		HttpResponse<String> refused = organizer.post("/admin/contracts/new", Map.of("contractNo", "ZT-E1"),
				"/admin/contracts/new");
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#amount-error").text()).isEqualTo("Fill in this field.");
	}

	@Test
	void theAdminHomeLinksEverySectionImportAndAudit() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Document home = organizer.page("/admin");
		assertThat(home.select("main a").eachAttr("href")).contains("/admin/areas", "/admin/hotspots", "/admin/results",
				"/admin/contracts", "/admin/awards", "/admin/awards/announcements", "/admin/organizations",
				"/admin/broadcasts", "/admin/import", "/admin/audit");
		assertThat(home.select(".admin-section-count").first().text()).contains("85");
	}

	private long audit(String action, long id) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = ? AND entity_id = ?", Long.class,
				action, id);
	}

	private static Map<String, String> fields(String... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return fields;
	}

}
