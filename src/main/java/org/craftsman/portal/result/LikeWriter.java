package org.craftsman.portal.result;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes likes in groups (group commit). A request's like waits in a queue; one writer
 * takes everything queued, writes it with one statement and one commit, and answers each
 * request with its own outcome. While that commit runs, the next likes queue up, so the
 * busier the portal, the more likes share a commit, and a quiet portal writes each like
 * at once, without waiting for company. A request is answered only after its like is
 * committed: nothing acknowledged can be lost.
 * <p>
 * The statement inserts the group's (result, browser) pairs into {@code result_likes} (a
 * repeat is a no-op) and adds the new ones to the results' shard rows, one upsert per
 * touched shard, in key order so that the writers of several nodes never deadlock.
 */
@Component
class LikeWriter implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(LikeWriter.class);

	/** Likes written by one statement at most. */
	static final int MAX_GROUP = 512;

	/** How long a request waits for its like's commit before it gives up. */
	private static final long WAIT_SECONDS = 10;

	private static final String WRITE = """
			WITH wanted AS (
			  SELECT w.result_id, w.browser_id, w.n,
			         row_number() OVER (PARTITION BY w.result_id, w.browser_id ORDER BY w.n) = 1 AS is_first
			  FROM unnest(?::bigint[], ?::uuid[]) WITH ORDINALITY AS w(result_id, browser_id, n)),
			liked AS (
			  INSERT INTO result_likes (result_id, browser_id)
			  SELECT w.result_id, w.browser_id FROM wanted w
			  JOIN innovation_results r ON r.id = w.result_id AND r.published
			  WHERE w.is_first ORDER BY w.result_id, w.browser_id
			  ON CONFLICT DO NOTHING
			  RETURNING result_id, browser_id),
			counted AS (
			  INSERT INTO result_like_shards AS s (result_id, shard, likes)
			  SELECT result_id, (hashtextextended(browser_id::text, 0) & %d)::smallint, count(*) FROM liked
			  GROUP BY 1, 2 ORDER BY 1, 2
			  ON CONFLICT (result_id, shard) DO UPDATE SET likes = s.likes + excluded.likes
			  RETURNING result_id, likes)
			SELECT w.n, r.id IS NOT NULL AS found,
			       %s + (SELECT count(*) FROM liked l WHERE l.result_id = w.result_id) AS likes,
			       w.is_first AND EXISTS (SELECT 1 FROM liked l
			                           WHERE l.result_id = w.result_id AND l.browser_id = w.browser_id) AS counted
			FROM wanted w
			LEFT JOIN innovation_results r ON r.id = w.result_id AND r.published
			ORDER BY w.n
			""".formatted(ResultCounters.SHARDS - 1, ResultCounters.LIKES_OF_R);

	private final JdbcTemplate jdbc;

	private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final AtomicLong groups = new AtomicLong();

	private volatile Thread writer;

	private final AtomicLong written = new AtomicLong();

	LikeWriter(JdbcTemplate jdbc, ObjectProvider<MeterRegistry> registry) {
		this.jdbc = jdbc;
		registry.ifAvailable((meters) -> {
			FunctionCounter.builder("portal.likes.statements", this.groups, AtomicLong::get)
				.description("Statements that wrote likes (each a group of one or more)")
				.register(meters);
			FunctionCounter.builder("portal.likes.written", this.written, AtomicLong::get)
				.description("Likes written by those statements, repeats included")
				.register(meters);
		});
	}

	/**
	 * Counts this browser's like of the result once, after it is committed.
	 * @return the like count afterwards and whether this like was counted; empty when
	 * there is no such published result
	 */
	Optional<ResultCounters.Like> like(long resultId, UUID browser) {
		Pending pending = new Pending(resultId, browser, new CompletableFuture<>());
		if (this.writer == null) {
			write(List.of(pending));
		}
		else {
			this.queue.add(pending);
			if (this.writer == null && this.queue.remove(pending)) {
				// The writer stopped before it could take this like.
				write(List.of(pending));
			}
		}
		try {
			return pending.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while the like was written", ex);
		}
		catch (TimeoutException ex) {
			throw new QueryTimeoutException("The like was not written within " + WAIT_SECONDS + " s", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new DataAccessResourceFailureException("The like could not be written", ex.getCause());
		}
	}

	private void run() {
		List<Pending> group = new ArrayList<>(MAX_GROUP);
		while (this.writer == Thread.currentThread()) {
			try {
				group.add(this.queue.take());
			}
			catch (InterruptedException ex) {
				break;
			}
			this.queue.drainTo(group, MAX_GROUP - 1);
			write(group);
			group.clear();
		}
		// Likes that arrived while stopping are still written, one group at a time.
		List<Pending> rest = new ArrayList<>();
		while (this.queue.drainTo(rest, MAX_GROUP) > 0) {
			write(rest);
			rest.clear();
		}
	}

	private void write(List<Pending> group) {
		try {
			List<Optional<ResultCounters.Like>> outcomes = writeTogether(group.stream().map(Pending::resultId).toList(),
					group.stream().map(Pending::browser).toList());
			for (int i = 0; i < group.size(); i++) {
				group.get(i).done().complete(outcomes.get(i));
			}
		}
		catch (RuntimeException ex) {
			logger.warn("A group of {} likes could not be written: {}", group.size(), ex.getMessage());
			group.forEach((pending) -> pending.done().completeExceptionally(ex));
		}
	}

	/**
	 * Writes these likes (the i-th browser's like of the i-th result) with one statement.
	 * @return each like's outcome, in the same order
	 */
	List<Optional<ResultCounters.Like>> writeTogether(List<Long> results, List<UUID> browsers) {
		List<Optional<ResultCounters.Like>> outcomes = this.jdbc.execute((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(WRITE)) {
				statement.setArray(1, array(connection, "bigint", results.toArray()));
				statement.setArray(2, array(connection, "uuid", browsers.toArray()));
				return read(statement.executeQuery(), results.size());
			}
		});
		this.groups.incrementAndGet();
		this.written.addAndGet(results.size());
		return outcomes;
	}

	/** Statements written so far (each a group of one or more likes). */
	long groups() {
		return this.groups.get();
	}

	private static Array array(Connection connection, String type, Object[] values) throws SQLException {
		return connection.createArrayOf(type, values);
	}

	private static List<Optional<ResultCounters.Like>> read(ResultSet rows, int size) throws SQLException {
		List<Optional<ResultCounters.Like>> outcomes = new ArrayList<>(size);
		try (rows) {
			while (rows.next()) {
				outcomes.add(rows.getBoolean("found")
						? Optional.of(new ResultCounters.Like(rows.getLong("likes"), rows.getBoolean("counted")))
						: Optional.empty());
			}
		}
		return outcomes;
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "like-writer");
		thread.setDaemon(true);
		this.writer = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = this.writer;
		this.writer = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.writer != null;
	}

	/** Stops after the web server (which stops at a higher phase), before the pool. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 4096;
	}

	private record Pending(long resultId, UUID browser, CompletableFuture<Optional<ResultCounters.Like>> done) {

	}

}
