package org.craftsman.portal.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions of organizers and staff: a new id at login, gone at logout, carried in cookies
 * scripts cannot read; attendees get no session at all; every response carries the
 * security headers.
 */
@IntegrationTest
class SessionSecurityTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSessionIdChangesAtLogin() {
		WebClient browser = new WebClient(this.port);
		assertThat(browser.get("/admin/results").statusCode()).isEqualTo(302);
		assertThat(browser.cookie("SESSION")).as("an anonymous visitor has no session").isNull();
		browser.loggedInAs("staff", "demo-staff");
		String before = browser.cookie("SESSION");
		assertThat(sessionExists(before)).isTrue();
		browser.loggedInAs("organizer", "demo-organizer");
		String after = browser.cookie("SESSION");
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(sessionExists(before)).isFalse();
		assertThat(sessionExists(after)).isTrue();
	}

	@Test
	void logoutEndsTheSessionOnTheServer() {
		WebClient browser = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		String session = browser.cookie("SESSION");
		assertThat(sessionExists(session)).isTrue();
		HttpResponse<String> logout = browser.post("/logout", Map.of(), "/admin");
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).get().asString().endsWith("/login?loggedOut");
		assertThat(logout.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("SESSION=;"));
		assertThat(sessionExists(session)).isFalse();
		HttpResponse<String> replay = new WebClient(this.port).get("/admin", Map.of("Cookie", "SESSION=" + session));
		assertThat(replay.statusCode()).isEqualTo(302);
		assertThat(replay.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	@Test
	void logoutNeedsTheToken() {
		WebClient browser = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		assertThat(browser.postRaw("/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void sessionAndTokenCookiesAreHttpOnlyAndSameSite() {
		WebClient browser = new WebClient(this.port);
		HttpResponse<String> loginPage = browser.get("/login");
		List<String> tokenCookies = loginPage.headers().allValues("Set-Cookie");
		assertThat(tokenCookies).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.singleElement()
			.asString()
			.contains("HttpOnly")
			.contains("SameSite=Lax");
		HttpResponse<String> login = browser.login("organizer", "demo-organizer");
		assertThat(login.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void attendeesBrowseWithoutASession() {
		WebClient attendee = new WebClient(this.port);
		attendee.get("/");
		attendee.get("/login");
		attendee.get("/media/hotspot-001.svg");
		assertThat(attendee.cookie("SESSION")).isNull();
	}

	@Test
	void pagesCarryTheSecurityHeaders() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		for (HttpResponse<String> response : List.of(new WebClient(this.port).get("/"), organizer.get("/admin"),
				organizer.get("/admin/results/1/edit"))) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).get()
				.asString()
				.contains("script-src 'self'")
				.contains("style-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()");
		}
		assertThat(organizer.get("/admin").headers().firstValue("Cache-Control")).get().asString().contains("no-store");
	}

	@Test
	void adminPagesHaveNoInlineScriptsStylesOrHandlers() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		for (String path : List.of("/admin", "/admin/results/1/edit", "/admin/hotspots/new", "/admin/import",
				"/admin/audit")) {
			String html = organizer.get(path).body();
			assertThat(html).as(path).doesNotContain("style=\"").doesNotContainPattern("\\son[a-z]+=\"");
			assertThat(org.jsoup.Jsoup.parse(html).select("script:not([src])")).as(path).isEmpty();
		}
	}

	private boolean sessionExists(String cookieValue) {
		String id = new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
		return this.jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE session_id = ?", Long.class,
				id) == 1;
	}

}
