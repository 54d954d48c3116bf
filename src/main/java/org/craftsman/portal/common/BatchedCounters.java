package org.craftsman.portal.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link BatchedCounter} once a second, and once more when the portal stops
 * (before the database pool closes).
 */
@Component
public class BatchedCounters implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BatchedCounters.class);

	private final Map<String, BatchedCounter> counters;

	private final JdbcClient jdbc;

	private volatile boolean running;

	BatchedCounters(List<BatchedCounter> counters, JdbcClient jdbc) {
		this.counters = counters.stream().collect(Collectors.toMap(BatchedCounter::name, Function.identity()));
		this.jdbc = jdbc;
	}

	/** The counter of a name, or null. */
	public BatchedCounter named(String name) {
		return this.counters.get(name);
	}

	/** Writes every counter's pending views now. */
	@Scheduled(fixedDelayString = "${portal.views.flush-interval:PT1S}")
	public synchronized void flush() {
		for (BatchedCounter counter : this.counters.values()) {
			try {
				counter.flush(this.jdbc);
			}
			catch (RuntimeException ex) {
				log.warn("Could not write the views counted by {}; they are kept for the next try: {}", counter.name(),
						ex.getMessage());
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		flush();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops after the web server has finished its last requests (its phases are
	 * {@code MAX_VALUE - 1024} and {@code - 2048}) and before the database pool closes.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 4096;
	}

}
