package org.craftsman.portal.result;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.craftsman.portal.common.BatchedCounters;
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
 * Counters under load: many browsers at the same moment are all counted, exactly, because
 * each count is one increment in the database. Works on rows of its own, removed after.
 */
@IntegrationTest
class ConcurrentCountersTest {

	static final int BROWSERS = 200;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BatchedCounters views;

	OwnRows rows;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
	}

	@AfterEach
	void tearDown() {
		this.rows.deleteAll();
	}

	@Test
	void twoHundredBrowsersLikingAtOnceAddExactlyTwoHundredLikes() throws Exception {
		long result = this.rows.result("并发点赞测试");
		List<LikingBrowser> browsers = new ArrayList<>();
		for (int i = 0; i < BROWSERS; i++) {
			browsers.add(new LikingBrowser(this.port).open("/login"));
		}
		List<HttpResponse<String>> responses = atOnce(browsers, (browser) -> browser.likeJson(result));
		assertThat(responses).allSatisfy((response) -> assertThat(response.statusCode()).isEqualTo(200));
		assertThat(count(
				"SELECT like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0) FROM innovation_results r WHERE id = "
						+ result))
			.isEqualTo(BROWSERS);
		assertThat(count("SELECT count(*) FROM result_likes WHERE result_id = " + result)).isEqualTo(BROWSERS);

		atOnce(browsers.subList(0, 50), (browser) -> browser.likeJson(result));
		assertThat(count(
				"SELECT like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0) FROM innovation_results r WHERE id = "
						+ result))
			.as("repeats from the same browsers are not counted")
			.isEqualTo(BROWSERS);
	}

	@Test
	void twoHundredVisitsAtOnceAreAllCounted() throws Exception {
		long result = this.rows.result("并发访问测试");
		long hotspot = this.rows.hotspot("并发访问热点");
		long broadcast = this.rows.broadcast("并发观看直播", Instant.now().minus(2, ChronoUnit.HOURS),
				Instant.now().minus(1, ChronoUnit.HOURS));
		List<LikingBrowser> browsers = new ArrayList<>();
		for (int i = 0; i < BROWSERS; i++) {
			browsers.add(new LikingBrowser(this.port));
		}
		for (String path : List.of("/results/" + result, "/hall/hotspots/" + hotspot, "/live/" + broadcast)) {
			assertThat(atOnce(browsers, (browser) -> browser.get(path)))
				.allSatisfy((response) -> assertThat(response.statusCode()).isEqualTo(200));
		}
		assertThat(count("SELECT visit_count FROM innovation_results WHERE id = " + result)).isEqualTo(BROWSERS);
		assertThat(count("SELECT visit_count FROM online_hotspots WHERE id = " + hotspot)).isEqualTo(BROWSERS);
		assertThat(count("SELECT view_count FROM live_broadcasts WHERE id = " + broadcast)).isEqualTo(BROWSERS);
	}

	/**
	 * Lets every browser send its request at the same moment, and waits for all answers.
	 */
	private static <T> List<T> atOnce(List<LikingBrowser> browsers, Function<LikingBrowser, T> request)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> answers = new ArrayList<>();
			for (LikingBrowser browser : browsers) {
				answers.add(pool.submit(() -> {
					start.await();
					return request.apply(browser);
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> answer : answers) {
				results.add(answer.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long count(String sql) {
		this.views.flush();
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
