package org.craftsman.portal.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Articles a test writes for itself, with addresses of their own ({@code zt-<run>-<n>}),
 * removed again by {@link #deleteAll()}.
 */
final class TestArticles {

	private final JdbcTemplate jdbc;

	private final String prefix = "zt-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

	private final AtomicInteger serial = new AtomicInteger();

	TestArticles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new address of this run. */
	String slug() {
		return this.prefix + "-" + this.serial.incrementAndGet();
	}

	/** A published Chinese-only article, due at a moment. */
	String chineseOnly(String title, String body, Instant publishedAt) {
		String slug = slug();
		this.jdbc.update("""
				INSERT INTO news_articles (slug, title, summary, body, author, status, published_at, tags)
				VALUES (?, ?, '测试摘要', ?, '测试作者', 'PUBLISHED', ?, '测试')""", slug, title, body,
				publishedAt.atOffset(ZoneOffset.UTC));
		return slug;
	}

	/** A draft in both languages. */
	String draft(String title, String titleEn) {
		String slug = slug();
		this.jdbc.update("""
				INSERT INTO news_articles (slug, title, title_en, summary, summary_en, body, body_en, author, status)
				VALUES (?, ?, ?, '草稿摘要', 'Draft summary', '草稿正文', 'Draft text', '测试作者', 'DRAFT')""", slug, title,
				titleEn);
		return slug;
	}

	long id(String slug) {
		return this.jdbc.queryForObject("SELECT id FROM news_articles WHERE slug = ?", Long.class, slug);
	}

	String prefix() {
		return this.prefix;
	}

	void deleteAll() {
		this.jdbc.update("DELETE FROM news_articles WHERE slug LIKE ?", this.prefix + "-%");
	}

}
