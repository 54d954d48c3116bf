package org.craftsman.portal.news;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.craftsman.portal.common.web.PageCache;
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
 * An article scheduled a few seconds ahead appears at its time without a restart, also on
 * the pages kept in memory for anonymous visitors: kept well within their time to live,
 * they are dropped at the moment of publication, not when they expire.
 */
@IntegrationTest
class ScheduledPublicationTest {

	static final Duration AHEAD = Duration.ofSeconds(4);

	/** How late after its time a scheduled article may appear. */
	static final Duration AT_MOST_LATE = Duration.ofMillis(1500);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageCache cache;

	TestArticles articles;

	@BeforeEach
	void keepPages() {
		this.articles = new TestArticles(this.jdbc);
		this.cache.setEnabled(true);
	}

	@AfterEach
	void stopKeeping() {
		this.cache.setEnabled(false);
		this.articles.deleteAll();
	}

	@Test
	void anArticleScheduledAheadAppearsAtItsTimeOnTheKeptPages() throws Exception {
		ZoneId conference = ZoneId.of("Asia/Shanghai");
		Instant due = Instant.now().plus(AHEAD).truncatedTo(ChronoUnit.SECONDS);
		String slug = this.articles.slug();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "ZT 定时发布的新闻");
		fields.put("slug", slug);
		fields.put("summary", "到点自动出现。");
		fields.put("body", "定时发布的正文。");
		fields.put("author", "测试编辑");
		fields.put("status", "PUBLISHED");
		fields.put("publishedAt",
				LocalDateTime.ofInstant(due, conference).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		assertThat(organizer.post("/admin/news/new", fields, "/admin/news/new").statusCode()).isEqualTo(302);
		assertThat(this.articles.id(slug)).isPositive();

		// The pages are kept a moment before the article is due, well within their
		// lifetime.
		Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis() - 1500));
		WebClient visitor = new WebClient(this.port);
		assertThat(visitor.get("/news").body()).doesNotContain(slug);
		assertThat(visitor.get("/").body()).doesNotContain(slug);
		assertThat(visitor.get("/news/" + slug).statusCode()).isEqualTo(404);
		assertThat(this.cache.size()).isPositive();
		Instant kept = Instant.now();

		Instant seen = null;
		while (Instant.now().isBefore(due.plus(Duration.ofSeconds(10)))) {
			String list = visitor.get("/news").body();
			Instant now = Instant.now();
			if (list.contains(slug)) {
				seen = now;
				break;
			}
			assertThat(now).as("still hidden after its time").isBefore(due.plus(AT_MOST_LATE));
			Thread.sleep(100);
		}
		assertThat(seen).as("the article appeared").isNotNull();
		assertThat(seen).isAfterOrEqualTo(due);
		System.out.println("Scheduled article shown " + Duration.between(due, seen).toMillis() + " ms after its time, "
				+ Duration.between(kept, seen).toMillis() + " ms after the page was kept");
		assertThat(Duration.between(kept, seen)).as("the kept page was dropped before it expired")
			.isLessThan(Duration.ofSeconds(5));
		assertThat(visitor.get("/").body()).contains(slug);
		assertThat(visitor.get("/news/" + slug).statusCode()).isEqualTo(200);
		assertThat(visitor.get("/news/feed").body()).contains(slug);
	}

}
