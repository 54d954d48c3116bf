package org.craftsman.portal.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.craftsman.portal.common.PublicReads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public reads of live broadcasts, and the live-view counter.
 */
@Repository
public class LiveQueries {

	private static final String COLUMNS = """
			SELECT b.id, b.title, b.title_en, b.description, b.description_en, b.host, b.host_en,
			       b.starts_at, b.ends_at, b.stream_url, b.replay_url, b.view_count,
			       a.id AS area_id, a.name AS area_name, a.name_en AS area_name_en
			FROM live_broadcasts b
			LEFT JOIN exhibition_areas a ON a.id = b.area_id
			""";

	private final JdbcClient jdbc;

	/** Reads from the replica when one keeps up ({@link PublicReads}). */
	LiveQueries(PublicReads reads) {
		this.jdbc = reads.jdbc();
	}

	/** The whole programme in order of time. */
	public List<BroadcastCard> programme() {
		return this.jdbc.sql(COLUMNS + " ORDER BY b.starts_at, b.id").query(LiveQueries::broadcast).list();
	}

	public Optional<BroadcastCard> find(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE b.id = ?").param(id).query(LiveQueries::broadcast).optional();
	}

	private static BroadcastCard broadcast(ResultSet row, int rowNum) throws SQLException {
		return new BroadcastCard(row.getLong("id"), row.getString("title"), row.getString("title_en"),
				row.getString("description"), row.getString("description_en"), row.getString("host"),
				row.getString("host_en"), row.getObject("area_id", Long.class), row.getString("area_name"),
				row.getString("area_name_en"), row.getObject("starts_at", OffsetDateTime.class).toInstant(),
				row.getObject("ends_at", OffsetDateTime.class).toInstant(), row.getString("stream_url"),
				row.getString("replay_url"), row.getLong("view_count"));
	}

}
