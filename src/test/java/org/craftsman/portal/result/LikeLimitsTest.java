package org.craftsman.portal.result;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits per client address, set small here: past them a like is refused with 429 and
 * changes no count. Works on results of its own, removed afterwards.
 */
@IntegrationTest
@TestPropertySource(properties = { "portal.likes.new-ids-per-minute=" + LikeLimitsTest.NEW_IDS,
		"portal.likes.likes-per-minute=" + LikeLimitsTest.LIKES })
class LikeLimitsTest {

	static final int NEW_IDS = 5;

	static final int LIKES = 10;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LikeLimits limits;

	OwnRows rows;

	long result;

	@BeforeEach
	void setUp() {
		this.limits.forgetAll();
		this.rows = new OwnRows(this.jdbc);
		this.result = this.rows.result("点赞限额测试成果");
	}

	@AfterEach
	void removeResult() {
		this.rows.deleteAll();
	}

	@Test
	void aNewBrowserIdPastTheLimitIsRefusedAndCountsNothing() {
		CookieForgingClient script = new CookieForgingClient(this.port);
		for (int i = 0; i < NEW_IDS; i++) {
			assertThat(script.likeJson(this.result, null).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = script.likeJson(this.result, null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		assertThat(refused.body()).contains("Please try again in a minute");
		assertThat(CookieForgingClient.issuedBrowserCookie(refused)).isEmpty();
		assertThat(likes(this.result)).isEqualTo(NEW_IDS);
	}

	@Test
	void aLikePastTheLimitIsRefusedAndCountsNothing() {
		long other = this.rows.result("点赞限额测试成果二");
		CookieForgingClient script = new CookieForgingClient(this.port);
		String browser = CookieForgingClient.issuedBrowserCookie(script.likeJson(this.result, null)).orElseThrow();
		for (int i = 1; i < LIKES; i++) {
			assertThat(script.likeJson(this.result, browser).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = script.likeJson(other, browser);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(likes(other)).isZero();
		assertThat(likes(this.result)).isEqualTo(1);
	}

	@Test
	void aPlainFormPastTheLimitGetsAPageSayingSo() {
		CookieForgingClient script = new CookieForgingClient(this.port);
		for (int i = 0; i < NEW_IDS; i++) {
			assertThat(script.likeForm(this.result, null).statusCode()).isEqualTo(302);
		}
		HttpResponse<String> refused = script.likeForm(this.result, null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(refused.body()).contains("Too many likes at once")
			.contains("Please try again in a minute")
			.contains("href=\"/results/" + this.result + "\"");
		assertThat(likes(this.result)).isEqualTo(NEW_IDS);
	}

	@Test
	void fiveHundredMadeUpCookiesFromOneAddressAddNoMoreThanItsNewIds() {
		CookieForgingClient script = new CookieForgingClient(this.port);
		int accepted = 0;
		for (int i = 0; i < 500; i++) {
			HttpResponse<String> response = script.likeJson(this.result, UUID.randomUUID().toString());
			if (response.statusCode() == 200) {
				accepted++;
			}
			else {
				assertThat(response.statusCode()).isEqualTo(429);
			}
		}
		// One more id may have been earned back while the 500 requests ran.
		assertThat(likes(this.result)).isEqualTo(accepted).isBetween((long) NEW_IDS, NEW_IDS + 1L);
	}

	private long likes(long id) {
		return this.jdbc.queryForObject(
				"SELECT like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0) FROM innovation_results r WHERE id = ?",
				Long.class, id);
	}

}
