package org.craftsman.portal.common.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.craftsman.portal.support.RestoreCounters;
import org.junit.jupiter.api.extension.ExtendWith;
import org.craftsman.portal.admin.BadInputTest;
import org.craftsman.portal.admin.Multipart;
import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.area.admin.AreaForm;
import org.craftsman.portal.award.admin.AnnouncementForm;
import org.craftsman.portal.award.admin.AwardForm;
import org.craftsman.portal.live.admin.BroadcastForm;
import org.craftsman.portal.contract.admin.ContractForm;
import org.craftsman.portal.hall.admin.HotspotForm;
import org.craftsman.portal.organization.admin.OrganizationForm;
import org.craftsman.portal.result.admin.ResultForm;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
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
 * Every parameter of every address and every field of every form: a value holding a
 * control character or a direction override gets the portal's 400 page, with its security
 * headers, in the reader's language, and nothing is written.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class RequestParametersTest {

	/**
	 * NUL, BEL, DEL, a C1 control, right-to-left override, isolate, right-to-left mark.
	 */
	static final List<String> UNSAFE = List.of("\u0000", "\u0007", "\u007F", "\u0085", "\u202E", "\u2067", "\u200F");

	private static final List<String> ADMIN_SECTIONS = List.of("areas", "hotspots", "results", "contracts", "awards",
			"awards/announcements", "organizations", "broadcasts");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** One organizer's session for the whole class: signing in costs a password hash. */
	private static WebClient signedIn;

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	private WebClient organizer() {
		if (signedIn == null || !signedIn.servedBy(this.port)) {
			signedIn = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		}
		return signedIn;
	}

	static Stream<Arguments> getParameters() {
		List<Arguments> cases = new ArrayList<>();
		add(cases, "/", "lang", "x");
		add(cases, "/areas", "lang");
		add(cases, "/areas/{area}", "page", "size");
		add(cases, "/hall", "kind", "area", "page", "size");
		add(cases, "/hall/hotspots/{hotspot}", "x");
		add(cases, "/results", "q", "area", "org", "category", "region", "signed", "page", "size", "sort", "lang");
		add(cases, "/results/{result}", "liked");
		add(cases, "/contracts", "q", "kind", "day", "sort", "page", "size");
		add(cases, "/awards", "award");
		add(cases, "/live", "x");
		add(cases, "/live/{broadcast}", "x");
		add(cases, "/api/stats", "x");
		add(cases, "/api/stats/breakdown", "by", "from", "to", "top");
		add(cases, "/login", "error", "loggedOut");
		add(cases, "/dashboard", "from", "to");
		add(cases, "/dashboard/export/region.csv", "from", "to");
		add(cases, "/dashboard/screen", "lang");
		add(cases, "/dashboard/screen/data", "lang");
		add(cases, "/admin", "x");
		for (String section : ADMIN_SECTIONS) {
			add(cases, "/admin/" + section, "q", "page");
			add(cases, "/admin/" + section + "/new", "x");
		}
		add(cases, "/admin/audit", "type", "entityId", "action", "actor", "q", "from", "to", "page");
		add(cases, "/admin/lookup/results", "q");
		add(cases, "/admin/lookup/organizations", "q");
		add(cases, "/admin/import", "x");
		add(cases, "/admin/import/00000000-0000-0000-0000-000000000000", "page");
		add(cases, "/admin/export/results.csv", "x");
		return cases.stream();
	}

	@ParameterizedTest(name = "GET {0} {1}")
	@MethodSource("getParameters")
	void aControlCharacterInAQueryParameterGetsTheBadRequestPage(String path, String parameter) {
		WebClient organizer = organizer();
		String address = withIds(path);
		for (String unsafe : UNSAFE) {
			for (String query : List.of(encode(parameter) + "=" + encode("a" + unsafe + "b"),
					encode(parameter + unsafe) + "=1")) {
				HttpResponse<String> response = organizer.get(address + "?" + query);
				assertBadRequestPage(response, "GET " + address + "?" + query);
			}
		}
	}

	static Stream<Arguments> formFields() {
		Map<String, AdminForm> forms = new LinkedHashMap<>();
		forms.put("areas", new AreaForm());
		forms.put("results", new ResultForm());
		forms.put("contracts", new ContractForm());
		forms.put("awards", new AwardForm());
		forms.put("awards/announcements", new AnnouncementForm());
		forms.put("organizations", new OrganizationForm());
		forms.put("broadcasts", new BroadcastForm());
		forms.put("hotspots", new HotspotForm());
		List<Arguments> cases = new ArrayList<>();
		forms.forEach((section, form) -> {
			for (String field : form.fieldNames()) {
				cases.add(Arguments.of(section, field));
			}
			cases.add(Arguments.of(section, "next"));
		});
		return cases.stream();
	}

	@ParameterizedTest(name = "POST /admin/{0}/new {1}")
	@MethodSource("formFields")
	void aControlCharacterInAnAdminFormFieldGetsTheBadRequestPageAndWritesNothing(String section, String field) {
		WebClient organizer = organizer();
		Map<String, Long> before = state();
		for (String unsafe : List.of("\u0000", "\u0085", "\u202E")) {
			Map<String, String> fields = BadInputTest.valid(section);
			fields.merge(field, unsafe, (valid, bad) -> valid + bad);
			HttpResponse<String> response = organizer.post("/admin/" + section + "/new", fields,
					"/admin/" + section + "/new");
			assertBadRequestPage(response, section + " " + field);
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aControlCharacterInAnEditOrDeleteGetsTheBadRequestPageAndWritesNothing() {
		WebClient organizer = organizer();
		long id = this.jdbc.queryForObject("SELECT min(id) FROM organizations", Long.class);
		int version = this.jdbc.queryForObject("SELECT version FROM organizations WHERE id = ?", Integer.class, id);
		Map<String, Long> before = state();
		Map<String, String> edit = new LinkedHashMap<>(Map.of("name", "北京市总工会\u0000", "kind", "TRADE_UNION", "region",
				"北京", "version", String.valueOf(version)));
		assertBadRequestPage(organizer.post("/admin/organizations/" + id + "/edit", edit, "/admin/organizations"),
				"edit");
		assertBadRequestPage(organizer.post("/admin/organizations/" + id + "/delete",
				Map.of("version", version + "\u0000"), "/admin/organizations"), "delete");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aControlCharacterInAMultipartTextFieldGetsTheBadRequestPageAndWritesNothing() {
		WebClient organizer = organizer();
		Map<String, Long> before = state();
		Map<String, String> hotspot = BadInputTest.valid("hotspots");
		hotspot.put("title", "ZT \u202E热点");
		assertBadRequestPage(new Multipart().fields(hotspot)
			.file("mediaFile", "x.png", "image/png", new byte[] { 1 })
			.post(organizer, this.port, "/admin/hotspots/new", "/admin/hotspots/new"), "hotspot");
		assertBadRequestPage(new Multipart().field("kind", "results\u0000")
			.file("file", "x.csv", "text/csv", "code\n".getBytes(StandardCharsets.UTF_8))
			.post(organizer, this.port, "/admin/import", "/admin/import"), "import");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aControlCharacterInTheLoginFormGetsTheBadRequestPageAndTriesNoLogin() {
		WebClient visitor = new WebClient(this.port);
		long failures = this.jdbc.queryForObject("SELECT count(*) FROM login_failures", Long.class);
		assertBadRequestPage(visitor.login("a\u0000", "x"), "username");
		assertBadRequestPage(visitor.login("organizer", "demo-organizer\u0000"), "password");
		assertBadRequestPage(visitor.login("organizer\u202E", "demo-organizer"), "username");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM login_failures", Long.class)).isEqualTo(failures);
		assertThat(visitor.get("/dashboard").statusCode()).isEqualTo(302);
	}

	@Test
	void theBadRequestPageSpeaksTheReadersLanguage() {
		HttpResponse<String> english = new WebClient(this.port).acceptLanguage("en").get("/awards?award=%00");
		assertBadRequestPage(english, "english");
		assertThat(Jsoup.parse(english.body()).select("h1").text()).isEqualTo("We could not understand this request");
		HttpResponse<String> chinese = new WebClient(this.port).get("/awards?award=%00");
		assertThat(Jsoup.parse(chinese.body()).select("h1").text()).isEqualTo("无法理解这个请求");
	}

	@Test
	void tabsAndLineBreaksAndChineseTextStillPass() {
		WebClient visitor = new WebClient(this.port);
		assertThat(visitor.get("/results?q=" + encode("焊接\t机器人\r\n")).statusCode()).isEqualTo(200);
		assertThat(visitor.get("/results?q=" + encode("emoji 🏭 zero\u200Bwidth")).statusCode()).isEqualTo(200);
	}

	static void assertBadRequestPage(HttpResponse<String> response, String what) {
		assertThat(response.statusCode()).as(what).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
			.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
		assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("at org.");
	}

	private Map<String, Long> state() {
		Map<String, Long> state = new LinkedHashMap<>(TestRows.counts(this.jdbc));
		state.put("audit_log", this.jdbc.queryForObject("SELECT count(*) FROM audit_log", Long.class));
		state.put("login_failures", this.jdbc.queryForObject("SELECT count(*) FROM login_failures", Long.class));
		return state;
	}

	private String withIds(String path) {
		return path.replace("{area}", id("exhibition_areas"))
			.replace("{hotspot}", id("online_hotspots"))
			.replace("{result}", id("innovation_results"))
			.replace("{broadcast}", id("live_broadcasts"));
	}

	private String id(String table) {
		return String.valueOf(this.jdbc.queryForObject("SELECT min(id) FROM " + table, Long.class));
	}

	private static void add(List<Arguments> cases, String path, String... parameters) {
		for (String parameter : parameters) {
			cases.add(Arguments.of(path, parameter));
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
