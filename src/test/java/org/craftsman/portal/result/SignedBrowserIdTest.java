package org.craftsman.portal.result;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only browser ids the portal issued and signed count as browsers: a made-up or altered
 * {@code portal-browser} cookie is no id, so it gains nothing over a browser without one.
 * Works on results of its own, removed afterwards.
 */
@IntegrationTest
class SignedBrowserIdTest {

	static final int FORGERIES = 500;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	OwnRows rows;

	long result;

	@BeforeEach
	void createResult() {
		this.rows = new OwnRows(this.jdbc);
		this.result = this.rows.result("签名浏览器标识测试成果");
	}

	@AfterEach
	void removeResult() {
		this.rows.deleteAll();
	}

	@Test
	void madeUpBrowserCookiesCountOnlyAsTheNewIdsThePortalIssuesForThem() {
		CookieForgingClient script = new CookieForgingClient(this.port);
		Set<String> forgedIds = new HashSet<>();
		int issued = 0;
		for (int i = 0; i < FORGERIES; i++) {
			UUID forged = UUID.randomUUID();
			forgedIds.add(forged.toString());
			String cookie = switch (i % 3) {
				case 0 -> forged.toString();
				case 1 -> forged + "." + "A".repeat(43);
				default -> forged + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
			};
			HttpResponse<String> response = script.likeJson(this.result, cookie);
			assertThat(response.statusCode()).isEqualTo(200);
			if (CookieForgingClient.issuedBrowserCookie(response)
				.filter((value) -> !value.equals(cookie))
				.isPresent()) {
				issued++;
			}
		}
		assertThat(likes()).as("each forged cookie counts only as a new browser the portal issued an id to")
			.isEqualTo(issued);
		assertThat(storedBrowsers()).as("no made-up id is ever stored").doesNotContainAnyElementsOf(forgedIds);
	}

	@Test
	void anIdWithAnotherIdsSignatureIsNoId() {
		CookieForgingClient script = new CookieForgingClient(this.port);
		String real = CookieForgingClient.issuedBrowserCookie(script.likeJson(this.result, null)).orElseThrow();
		String otherId = UUID.randomUUID().toString();
		String altered = otherId + real.substring(36);
		HttpResponse<String> response = script.likeJson(this.result, altered);
		assertThat(CookieForgingClient.issuedBrowserCookie(response)).get().isNotEqualTo(altered);
		assertThat(storedBrowsers()).doesNotContain(otherId).contains(real.substring(0, 36));
	}

	@Test
	void aBrowserIdThePortalIssuedCountsExactlyOncePerResult() {
		long other = this.rows.result("签名浏览器标识测试成果二");
		CookieForgingClient script = new CookieForgingClient(this.port);
		HttpResponse<String> first = script.likeJson(this.result, null);
		String browser = CookieForgingClient.issuedBrowserCookie(first).orElseThrow();
		assertThat(first.body()).contains("\"likes\":1").contains("\"counted\":true");
		List<HttpResponse<String>> repeats = new ArrayList<>();
		repeats.add(script.likeJson(this.result, browser));
		repeats.add(script.likeJson(this.result, browser));
		HttpResponse<String> otherFirst = script.likeJson(other, browser);
		repeats.add(script.likeJson(other, browser));
		assertThat(repeats).allSatisfy((response) -> {
			assertThat(response.body()).contains("\"likes\":1").contains("\"counted\":false");
			assertThat(CookieForgingClient.issuedBrowserCookie(response)).isEmpty();
		});
		assertThat(otherFirst.body()).contains("\"likes\":1").contains("\"counted\":true");
		assertThat(CookieForgingClient.issuedBrowserCookie(otherFirst)).isEmpty();
		assertThat(likes()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0) FROM innovation_results r WHERE id = ?",
				Long.class, other))
			.isEqualTo(1);
	}

	@Test
	void browserIdsAreSignedWithTheSecretAllNodesShareFromTheDatabase() throws Exception {
		String browser = CookieForgingClient
			.issuedBrowserCookie(new CookieForgingClient(this.port).likeJson(this.result, null))
			.orElseThrow();
		byte[] secret = this.jdbc.queryForObject("SELECT key_bytes FROM signing_keys WHERE name = 'cookies'",
				byte[].class);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret, "HmacSHA256"));
		String id = browser.substring(0, 36);
		String signature = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(mac.doFinal(("browser-id:" + id).getBytes(StandardCharsets.UTF_8)));
		assertThat(browser).isEqualTo(id + "." + signature);
	}

	private long likes() {
		return this.jdbc.queryForObject(
				"SELECT like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0) FROM innovation_results r WHERE id = ?",
				Long.class, this.result);
	}

	private List<String> storedBrowsers() {
		return this.jdbc.queryForList("SELECT browser_id::text FROM result_likes WHERE result_id = ?", String.class,
				this.result);
	}

}
