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

	private final JdbcClient jdbc;

	private final LikeWriter writer;

	ResultCounters(JdbcClient jdbc, LikeWriter writer) {
		this.jdbc = jdbc;
		this.writer = writer;
	}

	/**
	 * Counts this browser's like of the result, once; the like shares its commit with the
	 * others that arrive while the previous group is written ({@link LikeWriter}).
	 * @return the like count afterwards and whether this like was counted; empty when
	 * there is no such published result
	 */
	public Optional<Like> like(long resultId, UUID browser) {
		return this.writer.like(resultId, browser);
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
