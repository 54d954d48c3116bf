package org.craftsman.portal.admin;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.craftsman.portal.award.RecipientKind;
import org.craftsman.portal.contract.ContractKind;
import org.craftsman.portal.media.MediaKind;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the admin tells a person about records reads in their language: records by their
 * human names, choices by their labels, flags as yes or no; never an internal code.
 */
@IntegrationTest
class HumanLabelsTest {

	private static final Pattern CODE = Pattern.compile("[A-Z]{3,}_[A-Z]+");

	private static final Pattern FLAG = Pattern.compile("\\b(true|false)\\b");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "zh-CN", "en" })
	void anAnnouncementReadsByItsAwardAndRecipientInFlashAndDeleteConfirmation(String language) {
		WebClient organizer = organizer(language);
		String base = "/admin/awards/announcements";
		HttpResponse<String> created = organizer.post(base + "/new", fields("awardCode", "TECH_ACHIEVEMENT", "rank",
				"99", "recipientName", "ZT 张三", "announcedOn", "2022-04-29", "published", "true", "_published", "on"),
				base + "/new");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String award = this.jdbc.queryForObject("SELECT " + (language.equals("en") ? "coalesce(name_en, name)" : "name")
				+ " FROM awards WHERE code = 'TECH_ACHIEVEMENT'", String.class);

		String flash = organizer.page(base).select(".admin-flash").text();
		assertReadsLikeAPerson(flash);
		assertThat(flash).contains(award).contains("ZT 张三");

		long id = TestRows.id(this.jdbc, "SELECT id FROM award_announcements WHERE recipient_name = 'ZT 张三'");
		Document confirm = organizer.page(base + "/" + id + "/delete");
		String confirmation = confirm.select("title, main h1, main p").text();
		assertReadsLikeAPerson(confirmation);
		assertThat(confirmation).contains(award).contains("ZT 张三");

		String audit = auditOf(organizer, "ANNOUNCEMENTS", id);
		assertReadsLikeAPerson(audit);
		assertThat(audit).contains(award).contains(language.equals("en") ? "Yes" : "是");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "zh-CN", "en" })
	void theAuditLogShowsChoicesOfAHotspotEditByTheirLabels(String language) {
		WebClient organizer = organizer(language);
		String base = "/admin/hotspots";
		Map<String, String> fields = fields("areaCode", "ON01", "title", "ZT 热点", "mediaKind", "GRAPHIC", "mediaRef",
				"/media/category-01.svg", "displayOrder", "1");
		organizer.post(base + "/new", fields, base + "/new");
		long id = TestRows.id(this.jdbc, "SELECT id FROM online_hotspots WHERE title = 'ZT 热点'");
		fields.put("mediaKind", "AUDIO");
		fields.put("version", organizer.page(base + "/" + id + "/edit").select("input[name=version]").val());
		assertThat(organizer.post(base + "/" + id + "/edit", fields, base + "/" + id + "/edit").statusCode())
			.isEqualTo(302);

		String audit = auditOf(organizer, "HOTSPOTS", id);
		assertReadsLikeAPerson(audit);
		assertThat(audit).contains(language.equals("en") ? "Picture and text" : "图文")
			.contains(language.equals("en") ? "Audio" : "音频");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "zh-CN", "en" })
	void theAuditLogShowsChoicesOfAContractEditByTheirLabels(String language) {
		WebClient organizer = organizer(language);
		String base = "/admin/contracts";
		Map<String, String> fields = fields("contractNo", "ZT-C1", "resultCode", "CIE-0276", "transfereeName",
				"唐山永盛船舶重工有限公司", "amount", "120000.50", "signedOn", "2022-04-28", "kind", "TRANSFER");
		organizer.post(base + "/new", fields, base + "/new");
		long id = TestRows.id(this.jdbc, "SELECT id FROM transformation_contracts WHERE contract_no = 'ZT-C1'");
		fields.put("kind", "LICENCE");
		fields.put("version", organizer.page(base + "/" + id + "/edit").select("input[name=version]").val());
		assertThat(organizer.post(base + "/" + id + "/edit", fields, base + "/" + id + "/edit").statusCode())
			.isEqualTo(302);

		String audit = auditOf(organizer, "CONTRACTS", id);
		assertReadsLikeAPerson(audit);
		assertThat(audit).contains(language.equals("en") ? "Licence" : "许可使用");
	}

	private String auditOf(WebClient organizer, String type, long id) {
		Document audit = organizer.page("/admin/audit?type=" + type + "&entityId=" + id);
		assertThat(audit.select("table.admin-audit tbody tr")).isNotEmpty();
		return audit.select("table.admin-audit tbody").text();
	}

	private static void assertReadsLikeAPerson(String text) {
		assertThat(text).isNotBlank().doesNotContainPattern(CODE).doesNotContainPattern(FLAG);
		for (Enum<?>[] constants : new Enum<?>[][] { ContractKind.values(), MediaKind.values(),
				RecipientKind.values() }) {
			for (Enum<?> constant : constants) {
				assertThat(text).doesNotContainPattern("\\b" + constant.name() + "\\b");
			}
		}
	}

	private WebClient organizer(String language) {
		return new WebClient(this.port).acceptLanguage(language).loggedInAs("organizer", "demo-organizer");
	}

	private static Map<String, String> fields(String... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return fields;
	}

}
