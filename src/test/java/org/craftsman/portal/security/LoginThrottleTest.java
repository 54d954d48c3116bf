package org.craftsman.portal.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed per account and client address, and per client address over
 * all accounts; the block lifts by itself, so the real user is never locked out for good.
 * Time passing is simulated by ageing the recorded failures.
 */
@IntegrationTest
class LoginThrottleTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void forgetFailures() {
		this.jdbc.update("DELETE FROM login_failures");
	}

	@Test
	void fiveFailuresBlockTheAccountFromThatClientEvenWithTheRightPassword() {
		WebClient guesser = new WebClient(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(location(guesser.login("staff", "guess-" + i))).endsWith("/login?error");
		}
		assertThat(location(guesser.login("staff", "demo-staff"))).endsWith("/login?throttled");
		assertThat(guesser.page("/login?throttled").select(".alert-error").text()).isEqualTo("失败次数过多，请几分钟后再试。");
		assertThat(location(new WebClient(this.port).login("Staff ", "demo-staff"))).endsWith("/login?throttled");
		assertThat(location(new WebClient(this.port).login("organizer", "demo-organizer"))).doesNotContain("login");
	}

	@Test
	void theBlockEndsWhenTheWindowHasPassedAndRefusedAttemptsDoNotProlongIt() {
		WebClient guesser = new WebClient(this.port);
		for (int i = 0; i < 5; i++) {
			guesser.login("staff", "guess-" + i);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(location(guesser.login("staff", "still-guessing"))).endsWith("/login?throttled");
		}
		this.jdbc.update("UPDATE login_failures SET failed_at = failed_at - interval '16 minutes'");
		assertThat(location(new WebClient(this.port).login("staff", "demo-staff"))).doesNotContain("login");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM login_failures WHERE username = 'staff'", Long.class))
			.as("a successful login forgets the failures")
			.isZero();
	}

	@Test
	void aClientTryingManyAccountsIsBlockedForAllOfThem() {
		WebClient guesser = new WebClient(this.port);
		for (int i = 0; i < 20; i++) {
			assertThat(location(guesser.login("user" + i, "guess"))).endsWith("/login?error");
		}
		assertThat(location(new WebClient(this.port).login("organizer", "demo-organizer")))
			.endsWith("/login?throttled");
		this.jdbc.update("UPDATE login_failures SET failed_at = failed_at - interval '16 minutes'");
		assertThat(location(new WebClient(this.port).login("organizer", "demo-organizer"))).doesNotContain("login");
	}

	@Test
	void failuresAreRecordedWithoutPasswords() {
		new WebClient(this.port).login("staff", "secret-guess");
		assertThat(this.jdbc.queryForList("SELECT username || ' ' || client_ip FROM login_failures", String.class))
			.singleElement()
			.asString()
			.startsWith("staff ")
			.doesNotContain("secret-guess");
	}

	@Test
	void parallelGuessesNeverGetPastTheLimit() throws Exception {
		WebClient guesser = new WebClient(this.port);
		String token = guesser.csrfToken("/login");
		String cookie = "XSRF-TOKEN=" + guesser.cookie("XSRF-TOKEN");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> answers = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(30);
		try {
			for (int i = 0; i < 30; i++) {
				String body = "username=staff&password=guess-" + i + "&_csrf="
						+ URLEncoder.encode(token, StandardCharsets.UTF_8);
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", cookie)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build();
				answers.add(threads.submit(() -> {
					start.await();
					return location(http.send(request, HttpResponse.BodyHandlers.ofString()));
				}));
			}
			start.countDown();
			List<String> locations = new ArrayList<>();
			for (Future<String> answer : answers) {
				locations.add(answer.get());
			}
			assertThat(locations)
				.allSatisfy((location) -> assertThat(location).matches(".*/login\\?(error|throttled)"));
			assertThat(locations).filteredOn((location) -> location.endsWith("?error"))
				.as("guesses whose password was checked")
				.hasSizeLessThanOrEqualTo(5);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(location(new WebClient(this.port).login("staff", "demo-staff"))).endsWith("/login?throttled");
	}

	@Test
	void oddBytesInTheUsernameAreJustAFailedLogin() {
		for (String username : List.of("\ud800staff", "'; DELETE FROM portal_users; --", "staff\\%_",
				"猜".repeat(300))) {
			assertThat(location(new WebClient(this.port).login(username, "guess")))
				.as("%s", username.codePoints().mapToObj(Integer::toHexString).toList())
				.endsWith("/login?error");
		}
		// Control characters never reach the login: the 400 page.
		for (String username : List.of("sta\u0000ff", "\u0000", "staff\u0007\u001b[2J")) {
			assertThat(new WebClient(this.port).login(username, "guess").statusCode()).as(username).isEqualTo(400);
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM login_failures", Long.class)).isEqualTo(4);
		assertThat(location(new WebClient(this.port).login("staff", "demo-staff"))).doesNotContain("login");
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
