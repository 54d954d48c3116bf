package org.craftsman.portal.live.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads of live comments, for viewers, streams and moderation. */
@Repository
class CommentQueries {

	private static final String CARD = "SELECT id, broadcast_id, body, created_at FROM live_comments";

	private static final String ENTRY = """
			SELECT c.id, c.broadcast_id, b.title, b.title_en, c.body, c.created_at, c.browser_id, c.hidden_at, c.hidden_by,
			       EXISTS (SELECT 1 FROM comment_bans x WHERE x.browser_id = c.browser_id) AS banned
			FROM live_comments c JOIN live_broadcasts b ON b.id = c.broadcast_id""";

	private final JdbcClient jdbc;

	CommentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest visible comments of a broadcast, oldest first. */
	List<CommentCard> latest(long broadcastId, int limit) {
		List<CommentCard> latest = new ArrayList<>(
				this.jdbc.sql(CARD + " WHERE broadcast_id = ? AND hidden_at IS NULL ORDER BY id DESC LIMIT ?")
					.params(broadcastId, limit)
					.query(CommentQueries::card)
					.list());
		Collections.reverse(latest);
		return latest;
	}

	/**
	 * The visible comments of a broadcast after an id or committed within a recent span
	 * (the latest {@code limit} of them), oldest first.
	 */
	List<CommentCard> since(long broadcastId, long afterId, Duration recent, int limit) {
		List<CommentCard> since = new ArrayList<>(this.jdbc.sql(CARD + " " + """
				WHERE broadcast_id = ? AND hidden_at IS NULL
				  AND (id > ? OR created_at > clock_timestamp() - CAST(? AS INTERVAL))
				ORDER BY id DESC LIMIT ?""")
			.params(broadcastId, afterId, recent.toMillis() + " milliseconds", limit)
			.query(CommentQueries::card)
			.list());
		Collections.reverse(since);
		return since;
	}

	/** The comments of these ids that are visible, oldest first. */
	List<CommentCard> visible(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(CARD + " WHERE id IN (:ids) AND hidden_at IS NULL ORDER BY id")
			.param("ids", ids)
			.query(CommentQueries::card)
			.list();
	}

	/** The hidden comments among a broadcast's latest ones. */
	List<Long> hiddenAmongLatest(long broadcastId, int latest) {
		return this.jdbc
			.sql("""
					SELECT id FROM (SELECT id, hidden_at FROM live_comments WHERE broadcast_id = ? ORDER BY id DESC LIMIT ?) l
					WHERE hidden_at IS NOT NULL ORDER BY id""")
			.params(broadcastId, latest)
			.query(Long.class)
			.list();
	}

	Optional<CommentEntry> entry(long id) {
		return this.jdbc.sql(ENTRY + " WHERE c.id = ?").param(id).query(CommentQueries::entry).optional();
	}

	/**
	 * The latest comments for moderation, newest first: of one broadcast or all, those
	 * hidden, visible or both, by text or browser id.
	 */
	Page<CommentEntry> moderation(Long broadcastId, Boolean hidden, String likePattern, Pageable pageable) {
		String where = " " + """
				WHERE (CAST(:broadcast AS BIGINT) IS NULL OR c.broadcast_id = :broadcast)
				  AND (CAST(:hidden AS BOOLEAN) IS NULL OR (c.hidden_at IS NOT NULL) = :hidden)
				  AND (lower(c.body) LIKE :q ESCAPE '\\' OR CAST(c.browser_id AS TEXT) LIKE :q ESCAPE '\\')""";
		List<CommentEntry> rows = this.jdbc.sql(ENTRY + where + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
			.param("broadcast", broadcastId)
			.param("hidden", hidden)
			.param("q", likePattern)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(CommentQueries::entry)
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM live_comments c" + where)
			.param("broadcast", broadcastId)
			.param("hidden", hidden)
			.param("q", likePattern)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	private static CommentCard card(ResultSet row, int rowNum) throws SQLException {
		return new CommentCard(row.getLong("id"), row.getLong("broadcast_id"), row.getString("body"),
				instant(row, "created_at"));
	}

	private static CommentEntry entry(ResultSet row, int rowNum) throws SQLException {
		return new CommentEntry(row.getLong("id"), row.getLong("broadcast_id"), row.getString("title"),
				row.getString("title_en"), row.getString("body"), instant(row, "created_at"),
				row.getObject("browser_id", UUID.class), instant(row, "hidden_at"), row.getString("hidden_by"),
				row.getBoolean("banned"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
