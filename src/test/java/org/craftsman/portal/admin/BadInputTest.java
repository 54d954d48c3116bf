package org.craftsman.portal.admin;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and mistaken input to every admin form: each value is either refused with a
 * message on its field and nothing written, or stored exactly as typed and shown escaped.
 * Never a server error, never a partial write.
 */
@IntegrationTest
public class BadInputTest {

	private static final String XSS = "<script>alert(1)</script>";

	private static final String LONG = "长".repeat(10_001);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebClient organizer;

	/** One organizer's session for the whole class: signing in costs a password hash. */
	private static WebClient signedIn;

	@BeforeEach
	void signIn() {
		if (signedIn == null || !signedIn.servedBy(this.port)) {
			signedIn = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		}
		this.organizer = signedIn;
	}

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	static Stream<Arguments> refused() {
		List<Arguments> cases = new ArrayList<>();
		// results
		refuse(cases, "results", "code", "ZT R1");
		refuse(cases, "results", "code", "ZT-R1'; DROP TABLE innovation_results; --");
		refuse(cases, "results", "code", "-ZT");
		refuse(cases, "results", "code", "ZT-" + "9".repeat(30));
		refuse(cases, "results", "code", "");
		refuse(cases, "results", "code", "ZT-中文");
		refuse(cases, "results", "title", "");
		refuse(cases, "results", "title", "   ");
		refuse(cases, "results", "title", "ZT" + "题".repeat(300));
		refuse(cases, "results", "summary", LONG);
		refuse(cases, "results", "summary", "");
		refuse(cases, "results", "category", "不存在的类别");
		refuse(cases, "results", "category", XSS);
		refuse(cases, "results", "region", "火星");
		refuse(cases, "results", "region", "' OR '1'='1");
		refuse(cases, "results", "innovators", "");
		refuse(cases, "results", "innovators", "人".repeat(301));
		refuse(cases, "results", "organizationName", "不存在的单位");
		refuse(cases, "results", "organizationName", "' OR 1=1 --");
		refuse(cases, "results", "areaCode", "NOPE");
		refuse(cases, "results", "areaCode", "");
		refuse(cases, "results", "published", "perhaps");
		// contracts
		refuse(cases, "contracts", "contractNo", "ZT C1");
		refuse(cases, "contracts", "contractNo", "ZT-C1;DELETE");
		refuse(cases, "contracts", "contractNo", "ZT-" + "1".repeat(40));
		refuse(cases, "contracts", "contractNo", "CIE2022-0001");
		refuse(cases, "contracts", "amount", "0");
		refuse(cases, "contracts", "amount", "0.00");
		refuse(cases, "contracts", "amount", "-1");
		refuse(cases, "contracts", "amount", "-0.01");
		refuse(cases, "contracts", "amount", "0.001");
		refuse(cases, "contracts", "amount", "1000000000000");
		refuse(cases, "contracts", "amount", "1e20");
		refuse(cases, "contracts", "amount", "99999999999999999999999999999999");
		refuse(cases, "contracts", "amount", "abc");
		refuse(cases, "contracts", "amount", "1,00");
		refuse(cases, "contracts", "amount", "NaN");
		refuse(cases, "contracts", "amount", "Infinity");
		refuse(cases, "contracts", "amount", "");
		refuse(cases, "contracts", "amount", "12.3.4");
		refuse(cases, "contracts", "signedOn", "2022-02-30");
		refuse(cases, "contracts", "signedOn", "2022-13-01");
		refuse(cases, "contracts", "signedOn", "2022-04-31");
		refuse(cases, "contracts", "signedOn", "1999-12-31");
		refuse(cases, "contracts", "signedOn", "2100-01-01");
		refuse(cases, "contracts", "signedOn", "0000-00-00");
		refuse(cases, "contracts", "signedOn", "tomorrow");
		refuse(cases, "contracts", "signedOn", "28/04/2022");
		refuse(cases, "contracts", "signedOn", "");
		refuse(cases, "contracts", "kind", "BARTER");
		refuse(cases, "contracts", "kind", XSS);
		refuse(cases, "contracts", "resultCode", "NO-SUCH");
		refuse(cases, "contracts", "resultCode", "999999999");
		refuse(cases, "contracts", "transfereeName", "");
		refuse(cases, "contracts", "note", "ZT" + "注".repeat(500));
		// areas
		refuse(cases, "areas", "code", "A01");
		refuse(cases, "areas", "code", "ZT_A1");
		refuse(cases, "areas", "floorArea", "-1");
		refuse(cases, "areas", "floorArea", "100000000");
		refuse(cases, "areas", "floorArea", "12.345");
		refuse(cases, "areas", "floorArea", "ten");
		refuse(cases, "areas", "kind", "MOON");
		refuse(cases, "areas", "displayOrder", "99999999999");
		refuse(cases, "areas", "displayOrder", "1.5");
		refuse(cases, "areas", "hall", "");
		// organizations
		refuse(cases, "organizations", "name", "北京市总工会");
		refuse(cases, "organizations", "name", "");
		refuse(cases, "organizations", "name", "ZT" + "名".repeat(200));
		refuse(cases, "organizations", "kind", "CLUB");
		refuse(cases, "organizations", "region", "Atlantis");
		// hotspots
		refuse(cases, "hotspots", "areaCode", "A01");
		refuse(cases, "hotspots", "areaCode", "NOPE");
		refuse(cases, "hotspots", "mediaRef", "https://evil.example/x.mp4");
		refuse(cases, "hotspots", "mediaRef", "/media/../../etc/passwd");
		refuse(cases, "hotspots", "mediaRef", "/media/not-there.png");
		refuse(cases, "hotspots", "mediaRef", "javascript:alert(1)");
		refuse(cases, "hotspots", "posterRef", "/media/x\"onerror=\"alert(1).png");
		refuse(cases, "hotspots", "resultCode", "NO-SUCH");
		refuse(cases, "hotspots", "mediaKind", "HOLOGRAM");
		// broadcasts
		refuse(cases, "broadcasts", "endsAt", "2022-04-28T09:00");
		refuse(cases, "broadcasts", "endsAt", "2022-04-28T10:00");
		refuse(cases, "broadcasts", "startsAt", "2022-04-31T10:00");
		refuse(cases, "broadcasts", "startsAt", "2022-04-28T25:00");
		refuse(cases, "broadcasts", "startsAt", "1970-01-01T00:00");
		refuse(cases, "broadcasts", "streamUrl", "javascript:alert(1)");
		refuse(cases, "broadcasts", "streamUrl", "//evil.example/live");
		refuse(cases, "broadcasts", "replayUrl", "http://insecure.example/replay");
		for (String elsewhere : List.of("/\\evil.example/replay.webm", "//evil.example/x", "/%5Cevil.example",
				"/%5cevil.example/x", "/%2F/evil.example", "\\\\evil", "\\evil.example", "javascript:alert(1)",
				"https://evil.example\\@portal/x", "/x y", "data:text/html,x")) {
			refuse(cases, "broadcasts", "replayUrl", elsewhere);
			refuse(cases, "broadcasts", "streamUrl", elsewhere);
		}
		refuse(cases, "broadcasts", "areaCode", "NOPE");
		refuse(cases, "broadcasts", "host", "");
		// awards and announcements
		refuse(cases, "awards", "code", "ZT AWARD");
		refuse(cases, "awards", "code", "TECH_ACHIEVEMENT");
		refuse(cases, "awards", "recipientKind", "ANIMAL");
		refuse(cases, "awards/announcements", "rank", "0");
		refuse(cases, "awards/announcements", "rank", "10001");
		refuse(cases, "awards/announcements", "rank", "-5");
		refuse(cases, "awards/announcements", "rank", "1.5");
		refuse(cases, "awards/announcements", "rank", "1");
		refuse(cases, "awards/announcements", "awardCode", "NO_SUCH_AWARD");
		refuse(cases, "awards/announcements", "recipientName", "");
		refuse(cases, "awards/announcements", "announcedOn", "2022-02-29");
		refuse(cases, "awards/announcements", "organizationName", "不存在的单位");
		return cases.stream();
	}

	static Stream<Arguments> storedAndEscaped() {
		return Stream
			.of(XSS, "\"><img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "javascript:alert(1)",
					"'';!--\"<XSS>=&{()}", "' OR '1'='1", "1; DROP TABLE innovation_results; --", "%' --",
					"\\'; DELETE FROM awards; --", "{{7*7}} ${7*7} [[${7*7}]]", "__${T(java.lang.Runtime)}__::x",
					"emoji 🏭 and 中文", "zero\u200Bwidth", "<!-- comment --> &amp; &lt;")
			.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0} {1} = {2}")
	@MethodSource("refused")
	void aBadValueIsRefusedOnItsFieldAndNothingIsWritten(String section, String field, String value) {
		Map<String, String> fields = valid(section);
		fields.put(field, value);
		Map<String, Long> before = TestRows.counts(this.jdbc);
		HttpResponse<String> response = this.organizer.post("/admin/" + section + "/new", fields,
				"/admin/" + section + "/new");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#" + field + "-error").text()).as(field + " error").isNotBlank();
		assertThat(page.select("#form-errors")).hasSize(1);
		assertNoTrace(response.body());
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("storedAndEscaped")
	void aHostileTextIsStoredAsTypedAndShownEscaped(String payload) {
		Map<String, String> fields = valid("results");
		fields.put("title", "ZT " + payload);
		fields.put("summary", payload);
		HttpResponse<String> response = this.organizer.post("/admin/results/new", fields, "/admin/results/new");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT title FROM innovation_results WHERE code = 'ZT-BAD'", String.class))
			.isEqualTo("ZT " + payload.strip());
		long id = TestRows.id(this.jdbc, "SELECT id FROM innovation_results WHERE code = 'ZT-BAD'");
		for (String path : List.of("/admin/results?q=ZT-BAD", "/admin/results/" + id + "/edit",
				"/admin/audit?type=RESULTS&entityId=" + id)) {
			HttpResponse<String> page = this.organizer.get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			if (payload.contains("<")) {
				assertThat(page.body()).as(path).doesNotContain(payload);
			}
			Document shown = Jsoup.parse(page.body());
			String text = path.endsWith("/edit") ? shown.select("#title").val() : shown.text();
			assertThat(visible(text)).as(path).contains(visible("ZT " + payload));
			assertThat(shown.select("main script:not([src]), main img, main svg")).isEmpty();
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM awards", Long.class)).isEqualTo(4);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /admin/results/999999999/edit, 404", "GET, /admin/results/-1/edit, 404",
			"GET, /admin/results/abc/edit, 400", "GET, /admin/results/99999999999999999999/edit, 400",
			"GET, /admin/contracts/0/delete, 404", "POST, /admin/areas/999999999/edit, 200",
			"POST, /admin/awards/999999999/delete, 404", "GET, /admin/import/not-a-job, 404",
			"GET, /admin/import/00000000-0000-0000-0000-000000000000, 404", "GET, /admin/export/people.csv, 404",
			"GET, /admin/export/results.pdf, 404", "GET, /admin/results?page=-3&q=%00, 400",
			"GET, /admin/results?page=abc, 200", "GET, /admin/results?page=99999999999, 200",
			"GET, /admin/audit?from=2022-02-30&entityId=x&action=NUKE&type=%3Cb%3E, 200",
			"GET, /admin/lookup/results?q=%25%27%20OR%201=1--, 200" })
	void unknownOrMalformedAddressesGetAClearAnswer(String method, String path, int status) {
		Map<String, Long> before = TestRows.counts(this.jdbc);
		HttpResponse<String> response = "GET".equals(method) ? this.organizer.get(path)
				: this.organizer.post(path, valid("areas"), "/admin/areas/new");
		assertThat(response.statusCode()).isEqualTo(status);
		assertNoTrace(response.body());
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

	/**
	 * Text as a reader sees it: invisible characters dropped, runs of blanks as one
	 * space.
	 */
	private static String visible(String text) {
		return text.replace("\u200B", "").replaceAll("\\s+", " ").strip();
	}

	private static void refuse(List<Arguments> cases, String section, String field, String value) {
		cases.add(Arguments.of(section, field, value));
	}

	private static void assertNoTrace(String body) {
		assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQLState");
	}

	public static Map<String, String> valid(String section) {
		Map<String, String> fields = new LinkedHashMap<>();
		switch (section) {
			case "results" -> {
				fields.put("code", "ZT-BAD");
				fields.put("title", "ZT 成果");
				fields.put("summary", "摘要");
				fields.put("category", "装备制造");
				fields.put("region", "广东");
				fields.put("innovators", "张三");
				fields.put("organizationName", "北京市总工会");
				fields.put("areaCode", "A01");
				fields.put("published", "true");
			}
			case "contracts" -> {
				fields.put("contractNo", "ZT-BAD");
				fields.put("resultCode", "CIE-0276");
				fields.put("transfereeName", "北京市总工会");
				fields.put("amount", "1000");
				fields.put("signedOn", "2022-04-28");
				fields.put("kind", "TRANSFER");
			}
			case "areas" -> {
				fields.put("code", "ZT-BAD");
				fields.put("name", "ZT 展区");
				fields.put("kind", "OFFLINE");
				fields.put("hall", "1号馆");
				fields.put("floorArea", "10");
			}
			case "organizations" -> {
				fields.put("name", "ZT 单位");
				fields.put("kind", "SCHOOL");
				fields.put("region", "北京");
			}
			case "hotspots" -> {
				fields.put("areaCode", "ON01");
				fields.put("title", "ZT 热点");
				fields.put("mediaKind", "GRAPHIC");
				fields.put("mediaRef", "/media/hotspot-002.svg");
			}
			case "broadcasts" -> {
				fields.put("title", "ZT 直播");
				fields.put("host", "主持人");
				fields.put("startsAt", "2022-04-28T10:00");
				fields.put("endsAt", "2022-04-28T11:00");
			}
			case "awards" -> {
				fields.put("code", "ZT_BAD");
				fields.put("name", "ZT 奖");
				fields.put("recipientKind", "RESULT");
			}
			case "awards/announcements" -> {
				fields.put("awardCode", "TECH_ACHIEVEMENT");
				fields.put("rank", "98");
				fields.put("recipientName", "ZT 获奖者");
				fields.put("announcedOn", "2022-04-29");
			}
			default -> throw new IllegalArgumentException(section);
		}
		return fields;
	}

}
