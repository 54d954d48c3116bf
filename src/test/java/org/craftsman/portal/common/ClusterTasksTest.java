package org.craftsman.portal.common;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work that must run once across nodes: two nodes (two {@link ClusterTasks} with their
 * own node names, on the same database) compete for the same task; one runs it, the other
 * skips it while it runs and until its interval has passed, and a node that dies while
 * holding the task's lock leaves it to the others.
 */
@IntegrationTest
class ClusterTasksTest {

	private static final String TASK = "cluster-tasks-test";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	/** One thread per competing node. */
	ExecutorService threads = Executors.newFixedThreadPool(6);

	@AfterEach
	void forgetTask() {
		this.threads.shutdownNow();
		this.template.update("DELETE FROM cluster_tasks WHERE name = ?", TASK);
	}

	@Test
	void twoNodesCompetingForATaskRunItOnce() throws Exception {
		ClusterTasks nodeA = node();
		ClusterTasks nodeB = node();
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> onA = CompletableFuture
			.supplyAsync(() -> nodeA.runOnce(TASK, Duration.ofHours(1), () -> {
				runs.incrementAndGet();
				started.countDown();
				await(release);
			}), this.threads);
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		// while A runs it, B skips it
		assertThat(nodeB.runOnce(TASK, Duration.ofHours(1), runs::incrementAndGet)).isFalse();
		release.countDown();
		assertThat(onA.get(10, TimeUnit.SECONDS)).isTrue();
		// and after A ran it, B skips it until the interval has passed
		assertThat(nodeB.runOnce(TASK, Duration.ofHours(1), runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(1);
		assertThat(this.template.queryForObject("SELECT runs FROM cluster_tasks WHERE name = ?", Long.class, TASK))
			.isEqualTo(1);
	}

	@Test
	void manyNodesAtOnceRunATaskOnceAndItRunsAgainAfterItsInterval() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		Duration interval = Duration.ofMillis(1500);
		CompletableFuture<?>[] nodes = new CompletableFuture<?>[6];
		for (int i = 0; i < nodes.length; i++) {
			ClusterTasks node = node();
			nodes[i] = CompletableFuture.runAsync(() -> node.runOnce(TASK, interval, () -> {
				runs.incrementAndGet();
				sleep(200);
			}), this.threads);
		}
		CompletableFuture.allOf(nodes).get(30, TimeUnit.SECONDS);
		assertThat(runs).hasValue(1);
		Thread.sleep(interval.toMillis());
		assertThat(node().runOnce(TASK, interval, runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void aNodeThatDiesWhileRunningATaskLeavesItToTheOthers() throws Exception {
		ClusterTasks survivor = node();
		try (Connection dying = this.dataSource.getConnection()) {
			dying.setAutoCommit(false);
			dying.createStatement()
				.execute("SELECT pg_advisory_xact_lock(hashtextextended('portal-task:" + TASK + "', 0))");
			assertThat(survivor.runOnce(TASK, Duration.ofHours(1), () -> {
			})).isFalse();
			// a dead node's connection ends, and its transaction with it
			dying.rollback();
		}
		assertThat(survivor.runOnce(TASK, Duration.ofHours(1), () -> {
		})).isTrue();
	}

	@Test
	void aTaskWhoseWorkFailsIsDueAgainAtOnce() {
		ClusterTasks node = node();
		try {
			node.runOnce(TASK, Duration.ofHours(1), () -> {
				throw new IllegalStateException("the work failed");
			});
		}
		catch (IllegalStateException expected) {
			// the task is due again at once
		}
		assertThat(node.runOnce(TASK, Duration.ofHours(1), () -> {
		})).isTrue();
	}

	private ClusterTasks node() {
		return new ClusterTasks(this.jdbc, this.transactions, new PortalNode());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
