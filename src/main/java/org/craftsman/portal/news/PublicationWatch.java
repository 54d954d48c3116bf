package org.craftsman.portal.news;

import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes an article scheduled ahead appear on the kept public pages at its time: when an
 * article's publication time has passed since the last look, a site change is recorded,
 * which drops the kept pages on every node (the same way an edit does). The database's
 * clock decides, in one statement; every node looks, and the first to see the moment
 * records it for all.
 */
@Component
class PublicationWatch {

	private static final Logger log = LoggerFactory.getLogger(PublicationWatch.class);

	private final JdbcClient jdbc;

	/** The database's time at the last look; null before the first. */
	private volatile OffsetDateTime lastLook;

	PublicationWatch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(initialDelayString = "PT1S", fixedDelayString = "${portal.news.publication-check:PT0.5S}")
	void recordDuePublications() {
		try {
			if (this.lastLook == null) {
				// A node that starts keeps no page yet: it watches from now on.
				this.lastLook = this.jdbc.sql("SELECT statement_timestamp()").query(OffsetDateTime.class).single();
				return;
			}
			this.lastLook = this.jdbc.sql("""
					WITH due AS (
					    SELECT 1 FROM news_articles
					    WHERE status = 'PUBLISHED'
					      AND published_at > CAST(:since AS timestamptz)
					      AND published_at <= statement_timestamp()
					    LIMIT 1),
					recorded AS (
					    INSERT INTO site_changes (txid) SELECT txid_current() FROM due ON CONFLICT DO NOTHING)
					SELECT statement_timestamp()""").param("since", this.lastLook).query(OffsetDateTime.class).single();
		}
		catch (RuntimeException ex) {
			// The next look covers the time since the last one that reached the database.
			log.debug("Could not look for articles due: {}", ex.getMessage());
		}
	}

}
