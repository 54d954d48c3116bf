package org.craftsman.portal.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Views counted in memory and added to the database in one statement per second
 * ({@link BatchedCounters}), so that a popular page costs no database write per view. A
 * stop flushes what is pending; a crash loses at most the views of the last second.
 */
public abstract class BatchedCounter {

	/** The counts of a flush as a relation {@code v(id, n)}, for the statement to add. */
	protected static final String COUNTED = "unnest(CAST(:ids AS bigint[]), CAST(:counts AS bigint[])) AS v(id, n)";

	private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

	/** Held while a flush moves counts from memory to the database. */
	private final ReadWriteLock flushing = new ReentrantReadWriteLock();

	private final String name;

	private final String update;

	/**
	 * @param name how pages name the counter
	 * ({@link org.craftsman.portal.common.web.PageViews})
	 * @param table the table of the counted records
	 * @param column the counter column
	 * @param condition which rows count, on the table's alias {@code t} (e.g.
	 * {@code t.published}); {@code true} for all
	 */
	protected BatchedCounter(String name, String table, String column, String condition) {
		this(name, "UPDATE " + table + " t SET " + column + " = t." + column + " + v.n" + " FROM " + COUNTED
				+ " WHERE t.id = v.id AND " + condition);
	}

	/**
	 * @param name how pages name the counter
	 * @param statement the one statement that adds the counts, reading them from
	 * {@link #COUNTED}
	 */
	protected BatchedCounter(String name, String statement) {
		this.name = name;
		this.update = statement;
	}

	public String name() {
		return this.name;
	}

	/** Counts one view of a record. */
	public void add(long id) {
		this.pending.computeIfAbsent(id, (key) -> new LongAdder()).increment();
	}

	/** How many views wait to be written. */
	public long pending() {
		return this.pending.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/**
	 * How many views of a record wait to be written by this node: what the database holds
	 * plus this is the count of this moment.
	 */
	public long pending(long id) {
		this.flushing.readLock().lock();
		try {
			LongAdder adder = this.pending.get(id);
			return (adder != null) ? adder.sum() : 0;
		}
		finally {
			this.flushing.readLock().unlock();
		}
	}

	/**
	 * Writes what was counted since the last flush; what arrives meanwhile waits for the
	 * next one. A failed write puts its counts back.
	 */
	/**
	 * An id's count of this moment: what is written ({@code stored}, read from the
	 * database) plus what is not yet, read so that no flush falls between the two reads
	 * (a flush between them would leave the flushed counts in neither).
	 */
	public long current(long id, LongSupplier stored) {
		this.flushing.readLock().lock();
		try {
			LongAdder adder = this.pending.get(id);
			return stored.getAsLong() + ((adder != null) ? adder.sum() : 0);
		}
		finally {
			this.flushing.readLock().unlock();
		}
	}

	void flush(JdbcClient jdbc) {
		this.flushing.writeLock().lock();
		try {
			write(jdbc);
		}
		finally {
			this.flushing.writeLock().unlock();
		}
	}

	private void write(JdbcClient jdbc) {
		List<Long> ids = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (Long id : List.copyOf(this.pending.keySet())) {
			LongAdder adder = this.pending.remove(id);
			long count = (adder != null) ? adder.sumThenReset() : 0;
			if (count > 0) {
				ids.add(id);
				counts.add(count);
			}
		}
		if (ids.isEmpty()) {
			return;
		}
		try {
			jdbc.sql(this.update)
				.param("ids", ids.toArray(Long[]::new))
				.param("counts", counts.toArray(Long[]::new))
				.update();
		}
		catch (RuntimeException ex) {
			for (int i = 0; i < ids.size(); i++) {
				this.pending.computeIfAbsent(ids.get(i), (key) -> new LongAdder()).add(counts.get(i));
			}
			throw ex;
		}
	}

}
