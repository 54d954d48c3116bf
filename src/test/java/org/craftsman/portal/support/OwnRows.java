package org.craftsman.portal.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows a test creates for itself, so that it can count on them without touching the demo
 * data's totals; {@link #deleteAll()} removes them again.
 */
public final class OwnRows {

	private final JdbcTemplate jdbc;

	private final String tag = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final AtomicInteger serial = new AtomicInteger();

	public OwnRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A published result in the first offline area, by the first enterprise. */
	public long result(String title) {
		return this.jdbc.queryForObject("""
				INSERT INTO innovation_results (code, title, title_en, summary, category, region, innovators,
				    organization_id, area_id)
				VALUES (?, ?, ?, '测试用成果简介', '装备制造', '广东', '测试员',
				    (SELECT min(id) FROM organizations WHERE kind = 'ENTERPRISE'),
				    (SELECT min(id) FROM exhibition_areas WHERE kind = 'OFFLINE'))
				RETURNING id""", Long.class, this.tag + "-R" + this.serial.incrementAndGet(), title, title);
	}

	/** A video hotspot in the first online zone. */
	public long hotspot(String title) {
		return this.jdbc.queryForObject("""
				INSERT INTO online_hotspots (area_id, title, media_kind, media_ref, poster_ref, display_order)
				VALUES ((SELECT min(id) FROM exhibition_areas WHERE kind = 'ONLINE'), ?, 'VIDEO',
				    '/media/video-1.webm', '/media/hotspot-001.svg', 9999)
				RETURNING id""", Long.class, this.tag + " " + title);
	}

	/** A broadcast from {@code startsAt} to {@code endsAt}, with a replay. */
	public long broadcast(String title, Instant startsAt, Instant endsAt) {
		return this.jdbc.queryForObject("""
				INSERT INTO live_broadcasts (title, title_en, host, starts_at, ends_at, stream_url, replay_url)
				VALUES (?, ?, '测试主持', ?, ?, '/media/video-2.webm', '/media/video-2.webm')
				RETURNING id""", Long.class, this.tag + " " + title, this.tag + " " + title,
				startsAt.atOffset(ZoneOffset.UTC), endsAt.atOffset(ZoneOffset.UTC));
	}

	public String tag() {
		return this.tag;
	}

	/** Removes every row this instance created (and the likes of its results). */
	public void deleteAll() {
		MarkedRows.delete(this.jdbc, this.tag);
	}

}
