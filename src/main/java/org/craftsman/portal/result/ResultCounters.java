package org.craftsman.portal.result;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Visits and likes of results. Each is one SQL statement that increments in the database,
 * so that any number of visitors at once are all counted, exactly.
 * <p>
 * A like does not touch the result's row: it adds 1 to one of the result's sixteen rows
 * in {@code result_like_shards}, chosen by a hash of the browser id, so that likes of one
 * result from many browsers at once spread over sixteen row locks instead of queueing on
 * one. A result's likes are its {@code like_count} plus the sum of its shards;
 * {@link LikeFold} moves the shards into {@code like_count} every few seconds. Counts
 * shown for one result add the shards and are exact; the lists and the "most liked" order
 * read {@code like_count} alone and lag by at most one fold.
 */
@Repository
public class ResultCounters {

	/**
	 * Rows in {@code result_like_shards} per result (the table's CHECK allows 0 to 15). A
	 * power of two: a like's shard is the low bits of the hash of its browser id.
	 */
	static final int SHARDS = 16;

	/** A result's likes, exact: {@code like_count} plus what its shards hold. */
	static final String LIKES_OF_R = "(r.like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s"
			+ " WHERE s.result_id = r.id), 0))::bigint";

	/**
	 * Records the like and adds 1 to one shard of the result only when the row in
	 * {@code result_likes} is new: the primary key makes a second like from the same
	 * browser a no-op. Answers the count afterwards: what the statement's snapshot holds,
	 * plus this like (a statement does not see its own writes), and whether this like was
	 * counted; no row when there is no such published result.
	 */
	private static final String LIKE = """
			WITH liked AS (
			  INSERT INTO result_likes (result_id, browser_id)
			  SELECT id, :browser FROM innovation_results WHERE id = :id AND published
			  ON CONFLICT DO NOTHING
			  RETURNING result_id, browser_id),
			counted AS (
			  INSERT INTO result_like_shards AS s (result_id, shard, likes)
			  SELECT result_id, (hashtextextended(browser_id::text, 0) & %d)::smallint, 1 FROM liked
			  ON CONFLICT (result_id, shard) DO UPDATE SET likes = s.likes + 1
			  RETURNING result_id)
			SELECT %s + (SELECT count(*) FROM counted) AS likes,
			       EXISTS (SELECT 1 FROM counted) AS counted
			FROM innovation_results r WHERE r.id = :id AND r.published
			""".formatted(SHARDS - 1, LIKES_OF_R);

	private final JdbcClient jdbc;

	ResultCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts this browser's like of the result, once.
	 * @return the like count afterwards and whether this like was counted; empty when
	 * there is no such published result
	 */
	public Optional<Like> like(long resultId, UUID browser) {
		return this.jdbc.sql(LIKE)
			.param("id", resultId)
			.param("browser", browser)
			.query((row, n) -> new Like(row.getLong("likes"), row.getBoolean("counted")))
			.optional();
	}

	public boolean likedBy(long resultId, UUID browser) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM result_likes WHERE result_id = ? AND browser_id = ?)")
			.params(resultId, browser)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The result's likes, shards included; empty when there is no such published result.
	 */
	public Optional<Long> likeCount(long resultId) {
		return this.jdbc.sql("SELECT " + LIKES_OF_R + " FROM innovation_results r WHERE r.id = ? AND r.published")
			.param(resultId)
			.query(Long.class)
			.optional();
	}

	/**
	 * @param likes the result's like count
	 * @param counted whether this request added a like (false for a repeat)
	 */
	public record Like(long likes, boolean counted) {

	}

}
