package org.craftsman.portal.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state change needs the CSRF token, even from a signed-in organizer; without it
 * the request is refused and nothing changes.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class CsrfTest {

	private static final Map<String, String> NEW_AREA = Map.of("code", "ZT-CSRF", "name", "ZT", "kind", "OFFLINE",
			"hall", "h", "floorArea", "0");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@TestFactory
	Stream<DynamicTest> everyPostWithoutTokenIsRefused() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		long area = TestRows.id(this.jdbc, "SELECT id FROM exhibition_areas WHERE code = 'A02'");
		Map<String, Long> before = TestRows.counts(this.jdbc);
		// Login and logout are handled by Spring Security's filters, not by controllers.
		Set<String> paths = new TreeSet<>(Set.of("/login", "/logout"));
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				info.getPatternValues()
					.forEach((pattern) -> paths.add(pattern.replaceAll("\\{[^}]+\\}", String.valueOf(area))));
			}
		});
		assertThat(paths).contains("/admin/areas/" + area + "/delete", "/admin/import", "/logout");
		// A like carries no token: one sent from another site is refused instead (below).
		assertThat(paths.remove("/results/" + area + "/like")).isTrue();
		// So does an inquiry; one from another site is refused the same way
		// (InquiryFormTest).
		assertThat(paths.remove("/results/" + area + "/inquiries")).isTrue();
		// And a comment on a broadcast (LiveCommentsTest).
		assertThat(paths.remove("/live/" + area + "/comments")).isTrue();
		return Stream.concat(paths.stream().map((path) -> DynamicTest.dynamicTest("POST " + path, () -> {
			HttpResponse<String> response = organizer.postRaw(path,
					Map.of("version", "0", "code", "ZT-CSRF", "name", "ZT"));
			assertThat(response.statusCode()).isEqualTo(403);
		})), Stream.of(DynamicTest.dynamicTest("nothing changed, and the session is still signed in", () -> {
			assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
			assertThat(organizer.get("/admin").statusCode()).isEqualTo(200);
		})));
	}

	@Test
	void aTokenFromAnotherSessionDoesNotCount() {
		WebClient attacker = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		WebClient victim = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		String foreignToken = attacker.csrfToken("/admin/areas/new");
		HttpResponse<String> response = victim.postRaw("/admin/areas/new", Map.of("_csrf", foreignToken, "code",
				"ZT-CSRF", "name", "ZT", "kind", "OFFLINE", "hall", "h", "floorArea", "0"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM exhibition_areas WHERE code = 'ZT-CSRF'", Long.class))
			.isZero();
	}

	@AfterEach
	void removeAreasThatSlippedThrough() {
		this.jdbc.update("DELETE FROM exhibition_areas WHERE code = 'ZT-CSRF'");
	}

	@Test
	void aPlantedTokenCookieDoesNotCountForASignedInOrganizer() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		WebClient attacker = new WebClient(this.port);
		String attackersToken = attacker.csrfToken("/login");
		String attackersCookie = attacker.cookie("XSRF-TOKEN");
		RawHttp raw = new RawHttp(this.port);
		for (String[] planted : new String[][] { { "made-up-token", mask("made-up-token") },
				{ attackersCookie, attackersToken } }) {
			RawHttp.Response response = raw.postForm("/admin/areas/new",
					Map.of("Host", "localhost", "Cookie",
							"SESSION=" + organizer.cookie("SESSION") + "; XSRF-TOKEN=" + planted[0]),
					withToken(NEW_AREA, planted[1]));
			assertThat(response.status()).as(planted[0]).isEqualTo(403);
		}
		assertThat(areasCreated()).isZero();
	}

	@Test
	void aMadeUpTokenCookieCannotSignAnyoneIn() {
		RawHttp.Response response = new RawHttp(this.port).postForm("/login",
				Map.of("Host", "localhost", "Cookie", "XSRF-TOKEN=made-up-token"),
				Map.of("username", "organizer", "password", "demo-organizer", "_csrf", mask("made-up-token")));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void aTokenInTheAddressDoesNotCount() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		String token = organizer.csrfToken("/admin/areas/new");
		String query = "?_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
		assertThat(organizer.postRaw("/admin/areas/new" + query, NEW_AREA).statusCode()).isEqualTo(403);
		assertThat(organizer.postRaw("/logout" + query, Map.of()).statusCode()).isEqualTo(403);
		assertThat(organizer.get("/admin").statusCode()).isEqualTo(200);
		assertThat(areasCreated()).isZero();
	}

	@Test
	void theTokenChangesAtLogin() {
		WebClient browser = new WebClient(this.port);
		String before = browser.csrfToken("/login");
		browser.loggedInAs("organizer", "demo-organizer");
		assertThat(browser.postRaw("/logout", Map.of("_csrf", before)).statusCode()).isEqualTo(403);
		assertThat(browser.post("/logout", Map.of(), "/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void attendeesLikeWithoutATokenFromThePortalsOwnPages() {
		WebClient attendee = new WebClient(this.port);
		long result = TestRows.id(this.jdbc, "SELECT min(id) FROM innovation_results");
		assertThat(attendee.page("/results/" + result).select("meta[name=_csrf], input[name=_csrf]")).isEmpty();
		RawHttp raw = new RawHttp(this.port);
		for (Map<String, String> fromThisSite : List.<Map<String, String>>of(Map.of("Sec-Fetch-Site", "same-origin"),
				Map.of("Origin", "http://localhost:" + this.port), Map.of())) {
			Map<String, String> headers = new java.util.HashMap<>(fromThisSite);
			headers.put("Host", "localhost:" + this.port);
			headers.put("Accept", "application/json");
			RawHttp.Response liked = raw.postForm("/results/" + result + "/like", headers, Map.of());
			assertThat(liked.status()).as(fromThisSite.toString()).isEqualTo(200);
			assertThat(liked.body()).contains("\"likes\"");
		}
		HttpResponse<String> plain = attendee.postRaw("/results/" + result + "/like", Map.of());
		assertThat(plain.statusCode()).isEqualTo(302);
		assertThat(attendee.cookie("SESSION")).isNull();
	}

	@Test
	void aLikeSentFromAnotherSiteIsRefusedAndCountsNothing() {
		long result = TestRows.id(this.jdbc, "SELECT min(id) FROM innovation_results");
		long likes = this.jdbc.queryForObject("SELECT count(*) FROM result_likes WHERE result_id = ?", Long.class,
				result);
		RawHttp raw = new RawHttp(this.port);
		for (Map<String, String> elsewhere : List.<Map<String, String>>of(Map.of("Sec-Fetch-Site", "cross-site"),
				Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "http://evil.example"),
				Map.of("Origin", "null"), Map.of("Origin", "http://localhost:" + this.port + ".evil.example"),
				Map.of("Sec-Fetch-Site", "cross-site", "Origin", "http://localhost:" + this.port))) {
			Map<String, String> headers = new java.util.HashMap<>(elsewhere);
			headers.put("Host", "localhost:" + this.port);
			headers.put("Accept", "application/json");
			assertThat(raw.postForm("/results/" + result + "/like", headers, Map.of()).status())
				.as(elsewhere.toString())
				.isEqualTo(403);
		}
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM result_likes WHERE result_id = ?", Long.class, result))
			.isEqualTo(likes);
	}

	private long areasCreated() {
		return this.jdbc.queryForObject("SELECT count(*) FROM exhibition_areas WHERE code = 'ZT-CSRF'", Long.class);
	}

	private static Map<String, String> withToken(Map<String, String> fields, String token) {
		Map<String, String> all = new java.util.HashMap<>(fields);
		all.put("_csrf", token);
		return all;
	}

	/**
	 * The token as a page would carry it: XOR-masked with random bytes, as Spring
	 * Security does.
	 */
	private static String mask(String token) {
		byte[] value = token.getBytes(StandardCharsets.UTF_8);
		byte[] masked = new byte[value.length * 2];
		new java.security.SecureRandom().nextBytes(masked);
		for (int i = 0; i < value.length; i++) {
			masked[value.length + i] = (byte) (masked[i] ^ value[i]);
		}
		return Base64.getUrlEncoder().encodeToString(masked);
	}

}
