package org.craftsman.portal.security;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors leave nothing on the server: no session for any page they open,
 * protected or not, nor for a failed login. The page an organizer asked for before
 * signing in travels in a short signed cookie and only ever names a page of the portal.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class AnonymousStateTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetFailures() {
		this.jdbc.update("DELETE FROM login_failures");
	}

	@Test
	void anonymousVisitsStoreNoSession() {
		List<Long> before = sessionStorage();
		String longQuery = "x=" + "a".repeat(120 * 1024);
		for (int i = 0; i < 50; i++) {
			WebClient visitor = new WebClient(this.port);
			assertThat(visitor.get("/admin/areas?" + longQuery).statusCode()).isEqualTo(302);
			visitor.get("/dashboard");
			visitor.get("/?" + longQuery);
			visitor.get("/results?q=" + i);
			visitor.get("/login");
			assertThat(visitor.cookie("SESSION")).isNull();
		}
		WebClient guesser = new WebClient(this.port);
		assertThat(guesser.login("organizer", "wrong").headers().firstValue("Location")).get()
			.asString()
			.endsWith("/login?error");
		assertThat(guesser.get("/login?error").statusCode()).isEqualTo(200);
		assertThat(guesser.cookie("SESSION")).isNull();
		assertThat(sessionStorage()).isEqualTo(before);
	}

	@Test
	void afterLoginTheOrganizerLandsOnThePageAskedFor() {
		WebClient organizer = new WebClient(this.port);
		HttpResponse<String> asked = organizer.get("/admin/areas?page=1&size=10");
		assertThat(asked.headers().firstValue("Location")).get().asString().endsWith("/login");
		HttpResponse<String> login = organizer.login("organizer", "demo-organizer");
		assertThat(login.headers().firstValue("Location")).hasValue("/admin/areas?page=1&size=10");
		assertThat(organizer.get("/admin/areas?page=1&size=10").statusCode()).isEqualTo(200);
	}

	@Test
	void aVeryLongAddressIsNotRememberedAndTheOrganizerLandsOnTheHomePage() {
		WebClient organizer = new WebClient(this.port);
		organizer.get("/admin/areas?x=" + "a".repeat(120 * 1024));
		assertThat(organizer.login("organizer", "demo-organizer").headers().firstValue("Location")).hasValue("/");
	}

	@Test
	void aForgedTargetNeverLeadsAway() {
		String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("//evil.example/".getBytes());
		WebClient browser = new WebClient(this.port);
		String token = browser.csrfToken("/login");
		RawHttp.Response login = new RawHttp(this.port).postForm("/login",
				Map.of("Host", "localhost", "Cookie",
						"XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN") + "; LOGIN_TARGET=" + forged + "." + forged),
				Map.of("username", "organizer", "password", "demo-organizer", "_csrf", token));
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).hasValue("/");
	}

	private List<Long> sessionStorage() {
		return List.of(this.jdbc.queryForObject("SELECT count(*) FROM spring_session", Long.class),
				this.jdbc.queryForObject(
						"SELECT coalesce(sum(octet_length(attribute_bytes)), 0) FROM spring_session_attributes",
						Long.class));
	}

}
