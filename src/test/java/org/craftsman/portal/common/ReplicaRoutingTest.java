package org.craftsman.portal.common;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the public lists read, decided on a real PostgreSQL. The "replica" is a pool of
 * its own on the test database (named {@code portal-replica-reads}, so that a test can
 * tell which pool answered); its replay position is the real one, or one the test holds
 * still or takes away, while the primary's WAL moves on. The streaming replica itself is
 * exercised by {@code bench/cluster.sh}.
 */
@IntegrationTest
class ReplicaRoutingTest {

	private static final String NAME = "SELECT current_setting('application_name')";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource primary;

	@Autowired
	PublicReads configured;

	HikariDataSource replica;

	/** The replay position the replica reports: null for its real one. */
	AtomicReference<Long> heldAt = new AtomicReference<>();

	volatile boolean replicaDown;

	@BeforeEach
	void startReplicaPool() {
		this.replica = pool(((HikariDataSource) this.primary).getJdbcUrl());
	}

	@AfterEach
	void closeReplicaPool() {
		this.replica.close();
	}

	@Test
	void withoutAReplicaEveryReadGoesToThePrimaryAsBefore() {
		assertThat(this.configured.replicaConfigured()).isFalse();
		assertThat(this.configured.jdbc()).isSameAs(this.jdbc);
		assertThat(this.configured.onReplica()).isFalse();
	}

	@Test
	void theListsReadFromAReplicaThatKeepsUp() {
		PublicReads reads = reads(this.replica, Duration.ofSeconds(5));
		assertThat(name(reads)).as("before the first measurement").isNotEqualTo("portal-replica-reads");
		reads.check();
		assertThat(reads.onReplica()).isTrue();
		assertThat(reads.lagSeconds()).isLessThan(1.0);
		assertThat(name(reads)).isEqualTo("portal-replica-reads");
	}

	@Test
	void aReplicaThatFallsBehindTheBoundIsLeftUntilItCatchesUp() throws Exception {
		PublicReads reads = reads(this.replica, Duration.ofMillis(400));
		reads.check();
		assertThat(reads.onReplica()).isTrue();
		// the replica stops replaying while the primary commits on
		this.heldAt.set(currentPosition());
		long started = System.nanoTime();
		while (reads.onReplica()) {
			commitSomething();
			Thread.sleep(100);
			reads.check();
			assertThat(System.nanoTime() - started).as("left within the bound and a check")
				.isLessThan(Duration.ofMillis(400 + 1500).toNanos());
		}
		assertThat(reads.lagSeconds()).isGreaterThan(0.4);
		assertThat(name(reads)).isNotEqualTo("portal-replica-reads");
		// an idle primary is no lag: it stays behind only as long as it replays nothing
		this.heldAt.set(null);
		reads.check();
		assertThat(reads.onReplica()).isTrue();
		assertThat(name(reads)).isEqualTo("portal-replica-reads");
	}

	@Test
	void aReplicaThatDoesNotAnswerIsLeftAtOnce() {
		PublicReads reads = reads(this.replica, Duration.ofSeconds(5));
		reads.check();
		assertThat(reads.onReplica()).isTrue();
		this.replicaDown = true;
		reads.check();
		assertThat(reads.onReplica()).isFalse();
		assertThat(reads.lagSeconds()).isNaN();
		assertThat(name(reads)).isNotEqualTo("portal-replica-reads");
	}

	@Test
	void aReplicaThatRefusesAConnectionBetweenTwoChecksCostsNoRead() {
		// nothing listens there: every connection is refused
		try (HikariDataSource gone = pool("jdbc:postgresql://127.0.0.1:1/craftsman_portal")) {
			AtomicLong position = new AtomicLong();
			PublicReads reads = new PublicReads(this.jdbc, this.primary, gone, position::get,
					new ReplicaProperties(Duration.ofSeconds(5), Duration.ofSeconds(1)), Clock.systemUTC());
			position.set(Long.MAX_VALUE);
			reads.check();
			assertThat(reads.onReplica()).isTrue();
			assertThat(name(reads)).as("read from the primary").isNotEqualTo("portal-replica-reads");
			assertThat(reads.onReplica()).isFalse();
		}
	}

	private PublicReads reads(DataSource replica, Duration maxLag) {
		PublicReads.ReplicaPosition real = PublicReads.ReplicaPosition.of(replica);
		PublicReads.ReplicaPosition controlled = () -> {
			if (this.replicaDown) {
				throw new IllegalStateException("the replica does not answer");
			}
			Long held = this.heldAt.get();
			return (held != null) ? held : real.replayed();
		};
		return new PublicReads(this.jdbc, this.primary, replica, controlled,
				new ReplicaProperties(maxLag, Duration.ofMillis(100)), Clock.systemUTC());
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername("postgres");
		pool.setPassword("postgres");
		pool.setMaximumPoolSize(2);
		pool.setConnectionTimeout(1000);
		pool.setInitializationFailTimeout(-1);
		pool.addDataSourceProperty("ApplicationName", "portal-replica-reads");
		return pool;
	}

	private long currentPosition() {
		return PublicReads.Lsn.parse(this.jdbc.sql("SELECT pg_current_wal_lsn()::text").query(String.class).single());
	}

	/** A transaction that writes WAL and leaves nothing behind. */
	private void commitSomething() {
		this.jdbc.sql(
				"INSERT INTO cluster_tasks (name, last_started_at, last_node) VALUES ('replica-routing-test', now(), 'test')"
						+ " ON CONFLICT (name) DO UPDATE SET runs = cluster_tasks.runs + 1")
			.update();
		this.jdbc.sql("DELETE FROM cluster_tasks WHERE name = 'replica-routing-test'").update();
	}

	private static String name(PublicReads reads) {
		return reads.jdbc().sql(NAME).query(String.class).single();
	}

}
