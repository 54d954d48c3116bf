package org.craftsman.portal.result;

import java.net.http.HttpResponse;
import java.util.Map;

import org.craftsman.portal.common.BatchedCounters;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liking a result: with a plain form or with the page's script, once per browser. Works
 * on a result of its own, removed afterwards.
 */
@IntegrationTest
class LikeTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BatchedCounters views;

	OwnRows rows;

	long result;

	@BeforeEach
	void createResult() {
		this.rows = new OwnRows(this.jdbc);
		this.result = this.rows.result("点赞测试成果");
	}

	@AfterEach
	void removeResult() {
		this.rows.deleteAll();
	}

	@Test
	void aPlainFormLikesAndComesBackToTheResult() {
		WebClient browser = new WebClient(this.port);
		HttpResponse<String> response = browser.post(path("/like"), Map.of(), path(""));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get()
			.asString()
			.endsWith("/results/" + this.result + "?liked#like");
		assertThat(likes()).isEqualTo(1);
		assertThat(browser.cookie("portal-browser")).isNotBlank();

		long visits = visits();
		Document back = browser.page(path("?liked"));
		assertThat(back.select(".like-status").text()).isEqualTo("谢谢点赞，已计入。");
		assertThat(back.select(".like-label").text()).isEqualTo("已点赞");
		assertThat(back.select(".like-count").text()).isEqualTo("1");
		assertThat(visits()).as("coming back from a like is not another visit").isEqualTo(visits);
	}

	@Test
	void aRepeatLikeFromTheSameBrowserIsNotCounted() {
		WebClient browser = new WebClient(this.port);
		browser.post(path("/like"), Map.of(), path(""));
		browser.post(path("/like"), Map.of(), path(""));
		assertThat(likes()).isEqualTo(1);
		new WebClient(this.port).post(path("/like"), Map.of(), path(""));
		assertThat(likes()).isEqualTo(2);
	}

	@Test
	void theScriptGetsTheNewCountAsJson() {
		LikingBrowser browser = new LikingBrowser(this.port).open(path(""));
		HttpResponse<String> first = browser.likeJson(this.result);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		assertThat(first.body()).contains("\"likes\":1").contains("\"liked\":true").contains("\"counted\":true");
		HttpResponse<String> again = browser.likeJson(this.result);
		assertThat(again.body()).contains("\"likes\":1").contains("\"liked\":true").contains("\"counted\":false");
		assertThat(likes()).isEqualTo(1);
	}

	@Test
	void aLikeSentFromAnotherSiteIsRefusedAndChangesNothing() {
		HttpResponse<String> response = new WebClient(this.port).postRaw(path("/like"), Map.of(),
				Map.of("Origin", "http://evil.example"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(likes()).isZero();
	}

	@Test
	void likingAResultThatIsNotThereGivesTheNotFoundPage() {
		HttpResponse<String> response = new WebClient(this.port).post("/results/99999999/like", Map.of(), "/login");
		assertThat(response.statusCode()).isEqualTo(404);
		this.jdbc.update("UPDATE innovation_results SET published = false WHERE id = ?", this.result);
		assertThat(new WebClient(this.port).post(path("/like"), Map.of(), "/login").statusCode()).isEqualTo(404);
		assertThat(likes()).isZero();
	}

	@Test
	void theFirstLikeGivesTheBrowserALongLivedPrivateCookie() {
		HttpResponse<String> response = new LikingBrowser(this.port).open("/login").likeJson(this.result);
		assertThat(response.headers().allValues("Set-Cookie")).filteredOn((c) -> c.startsWith("portal-browser="))
			.singleElement()
			.asString()
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.containsPattern("Max-Age=[0-9]{8}");
	}

	private String path(String rest) {
		return "/results/" + this.result + rest;
	}

	private long likes() {
		return this.jdbc.queryForObject(
				"SELECT like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0) FROM innovation_results r WHERE id = ?",
				Long.class, this.result);
	}

	private long visits() {
		this.views.flush();
		return this.jdbc.queryForObject("SELECT visit_count FROM innovation_results WHERE id = ?", Long.class,
				this.result);
	}

}
