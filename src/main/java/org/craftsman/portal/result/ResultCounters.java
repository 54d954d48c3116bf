package org.craftsman.portal.result;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Visits and likes of results. Each is one SQL statement that increments in the database,
 * so that any number of visitors at once are all counted, exactly.
 */
@Repository
public class ResultCounters {

	/**
	 * Records the like and increments the count only when the row in {@code result_likes}
	 * is new: the primary key makes a second like from the same browser a no-op.
	 */
	private static final String LIKE = """
			WITH liked AS (
			  INSERT INTO result_likes (result_id, browser_id)
			  SELECT id, :browser FROM innovation_results WHERE id = :id AND published
			  ON CONFLICT DO NOTHING
			  RETURNING result_id)
			UPDATE innovation_results SET like_count = like_count + 1
			WHERE id IN (SELECT result_id FROM liked)
			RETURNING like_count
			""";

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
		Optional<Long> counted = this.jdbc.sql(LIKE)
			.param("id", resultId)
			.param("browser", browser)
			.query(Long.class)
			.optional();
		if (counted.isPresent()) {
			return Optional.of(new Like(counted.get(), true));
		}
		return likeCount(resultId).map((likes) -> new Like(likes, false));
	}

	public boolean likedBy(long resultId, UUID browser) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM result_likes WHERE result_id = ? AND browser_id = ?)")
			.params(resultId, browser)
			.query(Boolean.class)
			.single();
	}

	/** The result's like count now; empty when there is no such published result. */
	public Optional<Long> likeCount(long resultId) {
		return this.jdbc.sql("SELECT like_count FROM innovation_results WHERE id = ? AND published")
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
