package org.craftsman.portal.result;

import java.util.List;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the likes that {@link ResultCounters#like} added to {@code result_like_shards}
 * into the results' {@code like_count}, every {@code portal.likes.fold-interval} (5
 * seconds unless set). Until then the shown count of a result is exact anyway (it adds
 * the shards); only the lists and the "most liked" order, which read {@code like_count}
 * alone, wait for the fold.
 * <p>
 * One node folds at a time: each fold takes a transaction-level advisory lock and skips
 * when another node holds it. A fold subtracts from each shard exactly the likes it read,
 * so likes that land while it runs stay for the next fold. It changes the shards and the
 * results in one statement: the shards' trigger takes the moved likes off the dashboard's
 * like total and the results' trigger adds them back, so the total never changes through
 * a fold. It locks the results it folds into before their shards, in id order, as
 * deleting a result does (the result, then its shards by the foreign key's cascade), so a
 * fold never deadlocks with a deletion.
 */
@Component
public class LikeFold {

	private static final Logger logger = LoggerFactory.getLogger(LikeFold.class);

	/** The advisory lock that makes one node fold at a time. */
	private static final String LOCK_KEY = "hashtextextended('result-like-fold', 0)";

	/** The results whose shards hold likes, locked in id order. */
	private static final String LOCK_RESULTS = """
			SELECT id FROM innovation_results
			WHERE id IN (SELECT result_id FROM result_like_shards WHERE likes > 0)
			ORDER BY id
			FOR NO KEY UPDATE
			""";

	/**
	 * The shards of those results, locked in key order as a group of likes locks them, so
	 * that the fold and the likes never wait for each other in a circle.
	 */
	private static final String LOCK_SHARDS = """
			SELECT 1 FROM result_like_shards WHERE result_id = ANY (:results)
			ORDER BY result_id, shard
			FOR NO KEY UPDATE
			""";

	/** Moves what the shards of those results hold, answers the number of likes moved. */
	private static final String FOLD = """
			WITH pending AS (
			  SELECT result_id, shard, likes FROM result_like_shards
			  WHERE likes > 0 AND result_id = ANY (:results)),
			moved AS (
			  UPDATE result_like_shards s SET likes = s.likes - p.likes
			  FROM pending p WHERE s.result_id = p.result_id AND s.shard = p.shard
			  RETURNING s.result_id, p.likes),
			per_result AS (
			  SELECT result_id, sum(likes) AS likes FROM moved GROUP BY result_id),
			folded AS (
			  UPDATE innovation_results r SET like_count = r.like_count + m.likes
			  FROM per_result m WHERE r.id = m.result_id
			  RETURNING m.likes)
			SELECT coalesce(sum(likes), 0)::bigint FROM folded
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	LikeFold(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(initialDelayString = "${portal.likes.fold-interval:5s}",
			fixedDelayString = "${portal.likes.fold-interval:5s}")
	void scheduledFold() {
		try {
			fold();
		}
		catch (DataAccessException ex) {
			// The shards keep what this fold did not move: the next fold moves it.
			logger.warn("Folding the like shards failed, the next fold retries: {}", ex.getMessage());
		}
	}

	/**
	 * Folds the shards unless another node is folding them.
	 * @return the number of likes moved; empty when another node holds the fold's lock
	 */
	public OptionalLong fold() {
		return this.transaction.execute((status) -> {
			if (!this.jdbc.sql("SELECT pg_try_advisory_xact_lock(" + LOCK_KEY + ")").query(Boolean.class).single()) {
				return OptionalLong.empty();
			}
			return OptionalLong.of(move());
		});
	}

	/**
	 * Folds the shards, waiting for a fold running elsewhere to finish first (for
	 * maintenance, and for tests that put counters back).
	 * @return the number of likes moved
	 */
	public long foldWaiting() {
		return this.transaction.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")").query((row, n) -> 1).list();
			return move();
		});
	}

	private long move() {
		List<Long> results = this.jdbc.sql(LOCK_RESULTS).query(Long.class).list();
		if (results.isEmpty()) {
			return 0;
		}
		Long[] ids = results.toArray(Long[]::new);
		this.jdbc.sql(LOCK_SHARDS).param("results", ids).query((row, n) -> 1).list();
		return this.jdbc.sql(FOLD).param("results", ids).query(Long.class).single();
	}

}
