package org.craftsman.portal.sitemap;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public pages of single records, in one query: the same rows the public pages show
 * (published results and articles only; every area and hotspot has a page).
 */
@Repository
class SitemapQueries {

	private final JdbcClient jdbc;

	SitemapQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SitemapEntry> recordPages() {
		return this.jdbc.sql("""
				SELECT '/areas/' || id AS path, updated_at, 1 AS part, display_order AS position, id
				FROM exhibition_areas
				UNION ALL
				SELECT '/results/' || id, updated_at, 2, 0, id FROM innovation_results WHERE published
				UNION ALL
				SELECT '/hall/scenes/' || id, updated_at, 3, display_order, id FROM hall_scenes
				UNION ALL
				SELECT '/hall/hotspots/' || id, updated_at, 4, display_order, id FROM online_hotspots
				UNION ALL
				SELECT '/news/' || slug, greatest(updated_at, published_at), 5, 0, id FROM news_articles
				WHERE status = 'PUBLISHED' AND published_at <= now()
				UNION ALL
				SELECT '/speakers/' || id, updated_at, 6, 0, id FROM speakers
				ORDER BY part, position, id""")
			.query((row, number) -> new SitemapEntry(row.getString("path"), instant(row.getTimestamp("updated_at"))))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
