package org.craftsman.portal.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * Where the public read-only lists read: a streaming replica when one is configured and
 * keeps up, the primary otherwise. Everything that must see its own writes (forms, the
 * admin, likes, sessions, a result's own page) keeps the primary's {@link JdbcClient};
 * the lists' {@code *Queries} read through {@link #jdbc()}.
 * <p>
 * The replica's lag is measured, not assumed: every {@code portal.replica.check-interval}
 * this node notes the primary's WAL position, then asks the replica how far it has
 * replayed. The lag is the age of the newest noted position the replica has replayed
 * (zero when it has replayed the one just noted), so an idle primary gives no lag and a
 * replica cut off from its primary lags more every second. The reads leave the replica
 * when its lag passes {@code portal.replica.max-lag} or it does not answer, and come back
 * when it has caught up; a connection the replica refuses between two checks is taken
 * from the primary instead.
 */
public class PublicReads implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PublicReads.class);

	private final JdbcClient primary;

	private final JdbcClient replica;

	private final ReplicaPosition position;

	private final Duration maxLag;

	private final Duration interval;

	private final Clock clock;

	private final JdbcClient routed;

	/** The primary's positions noted lately, oldest first. */
	private final Deque<Sample> samples = new ArrayDeque<>();

	private final SimpleAsyncTaskScheduler checker = new SimpleAsyncTaskScheduler();

	private volatile boolean onReplica;

	private volatile Duration lag;

	/**
	 * @param primary the primary's client
	 * @param replica the replica's data source, or null when there is none
	 * @param position how far the replica has replayed, or null when there is none
	 */
	PublicReads(JdbcClient primary, DataSource primaryDataSource, DataSource replica, ReplicaPosition position,
			ReplicaProperties properties, Clock clock) {
		this.primary = primary;
		this.replica = (replica != null) ? JdbcClient.create(new FallbackDataSource(replica, primaryDataSource, this))
				: null;
		this.position = position;
		this.maxLag = properties.maxLag();
		this.interval = properties.checkInterval();
		this.clock = clock;
		this.routed = (replica != null) ? (sql) -> current().sql(sql) : primary;
	}

	/** A node without a replica: every read goes to the primary. */
	public static PublicReads primaryOnly(JdbcClient primary) {
		return new PublicReads(primary, null, null, null,
				new ReplicaProperties(Duration.ofSeconds(5), Duration.ofSeconds(1)), Clock.systemUTC());
	}

	/** Starts measuring the replica's lag in the background. */
	void start() {
		if (this.replica == null) {
			return;
		}
		this.checker.setThreadNamePrefix("replica-lag-");
		this.checker.setVirtualThreads(false);
		this.checker.scheduleWithFixedDelay(this::check, this.interval);
	}

	/** The client the public lists read with. */
	public JdbcClient jdbc() {
		return this.routed;
	}

	/** Whether a replica is configured at all. */
	public boolean replicaConfigured() {
		return this.replica != null;
	}

	/** Whether the public lists read from the replica now. */
	public boolean onReplica() {
		return this.onReplica;
	}

	/**
	 * The replica's lag as last measured, in seconds; NaN when unknown or there is none.
	 */
	public double lagSeconds() {
		Duration measured = this.lag;
		return (measured != null) ? measured.toNanos() / 1e9 : Double.NaN;
	}

	private JdbcClient current() {
		return this.onReplica ? this.replica : this.primary;
	}

	/** Measures the replica's lag and decides where the reads go. */
	synchronized void check() {
		long noted;
		try {
			noted = Lsn.parse(this.primary.sql("SELECT pg_current_wal_lsn()::text").query(String.class).single());
		}
		catch (RuntimeException ex) {
			// without the primary there is no lag to measure; the reads stay where they
			// are
			log.debug("Could not read the primary's WAL position: {}", ex.getMessage());
			return;
		}
		Instant now = this.clock.instant();
		this.samples.addLast(new Sample(now, noted));
		Instant oldest = now.minus(this.maxLag.plus(this.interval.multipliedBy(2)));
		while (this.samples.size() > 1 && this.samples.peekFirst().at().isBefore(oldest)) {
			this.samples.removeFirst();
		}
		long replayed;
		try {
			replayed = this.position.replayed();
		}
		catch (RuntimeException ex) {
			this.lag = null;
			use(false, "it does not answer (" + ex.getMessage() + ")");
			return;
		}
		Duration measured = lagAt(now, replayed);
		this.lag = measured;
		use(measured.compareTo(this.maxLag) <= 0, "its lag is " + measured.toMillis() + " ms");
	}

	private Duration lagAt(Instant now, long replayed) {
		Iterator<Sample> newestFirst = this.samples.descendingIterator();
		while (newestFirst.hasNext()) {
			Sample sample = newestFirst.next();
			if (sample.lsn() <= replayed) {
				return Duration.between(sample.at(), now);
			}
		}
		// behind every position noted in the window: at least as old as the window
		return Duration.between(this.samples.peekFirst().at(), now).plus(this.interval);
	}

	private void use(boolean replica, String why) {
		if (replica != this.onReplica) {
			if (replica) {
				log.info("Public reads go to the replica: {}", why);
			}
			else {
				log.warn("Public reads go to the primary: {}", why);
			}
		}
		this.onReplica = replica;
	}

	/** A connection the replica refused between two checks: leave it at once. */
	void replicaRefused(Exception ex) {
		this.lag = null;
		use(false, "it refused a connection (" + ex.getMessage() + ")");
	}

	@Override
	public void destroy() {
		this.checker.close();
	}

	/** How far a replica has replayed the primary's WAL. */
	@FunctionalInterface
	interface ReplicaPosition {

		/**
		 * Asks the replica its position (a server that is no replica answers its own
		 * current one).
		 */
		static ReplicaPosition of(DataSource replica) {
			JdbcClient jdbc = JdbcClient.create(replica);
			return () -> {
				String lsn = jdbc.sql("""
						SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()
						  ELSE pg_current_wal_lsn() END::text""").query(String.class).single();
				if (lsn == null) {
					throw new IllegalStateException("the replica has replayed nothing yet");
				}
				return Lsn.parse(lsn);
			};
		}

		long replayed();

	}

	/** A position in the WAL, as PostgreSQL writes it ({@code 16/B374D848}). */
	static final class Lsn {

		private Lsn() {
		}

		static long parse(String text) {
			int slash = text.indexOf('/');
			return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
		}

	}

	private record Sample(Instant at, long lsn) {

	}

}
