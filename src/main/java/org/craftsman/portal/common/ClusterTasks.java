package org.craftsman.portal.common;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Periodic work that must run once across all nodes sharing the database, whichever of
 * them is alive. Every node schedules the work; a run takes a transaction-level advisory
 * lock named after the task (a node that finds it taken skips: another node is running
 * it), then skips too when the task started less than its interval ago on any node
 * ({@code cluster_tasks}, read and written under that lock). A node that dies while
 * running a task loses its connection, and with it the lock.
 */
@Component
public class ClusterTasks {

	private static final Logger log = LoggerFactory.getLogger(ClusterTasks.class);

	/** A run earlier than this share of the interval is still the same turn. */
	private static final double SAME_TURN = 0.9;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final PortalNode node;

	ClusterTasks(JdbcClient jdbc, PlatformTransactionManager transactions, PortalNode node) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.node = node;
	}

	/**
	 * Runs a task unless another node runs it now or ran it less than {@code interval}
	 * ago. The work runs inside the transaction that holds the lock, so its database
	 * writes commit with the record of its run.
	 * @return the work's answer; empty when this node skipped the task
	 */
	public <T> Optional<T> callOnce(String task, Duration interval, Supplier<T> work) {
		return this.transaction.execute((status) -> {
			if (!this.jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
				.param("key", "portal-task:" + task)
				.query(Boolean.class)
				.single()) {
				return Optional.<T>empty();
			}
			boolean due = this.jdbc.sql("""
					SELECT coalesce(max(last_started_at) < now() - :seconds * interval '1 second', true)
					FROM cluster_tasks WHERE name = :task""")
				.param("seconds", interval.toMillis() * SAME_TURN / 1000.0)
				.param("task", task)
				.query(Boolean.class)
				.single();
			if (!due) {
				return Optional.<T>empty();
			}
			this.jdbc.sql("""
					INSERT INTO cluster_tasks (name, last_started_at, last_node) VALUES (:task, now(), :node)
					ON CONFLICT (name) DO UPDATE SET last_started_at = now(), last_finished_at = NULL,
					  last_node = :node, runs = cluster_tasks.runs + 1""")
				.param("task", task)
				.param("node", this.node.id())
				.update();
			T answer = work.get();
			this.jdbc.sql("UPDATE cluster_tasks SET last_finished_at = clock_timestamp() WHERE name = :task")
				.param("task", task)
				.update();
			log.debug("Ran {} on this node ({})", task, this.node.id());
			return Optional.ofNullable(answer);
		});
	}

	/**
	 * {@link #callOnce(String, Duration, Supplier)} for work without an answer.
	 * @return whether this node ran it
	 */
	public boolean runOnce(String task, Duration interval, Runnable work) {
		return callOnce(task, interval, () -> {
			work.run();
			return Boolean.TRUE;
		}).isPresent();
	}

}
