package org.craftsman.portal.admin.importexport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The import jobs of every node by status, as the metric {@code portal.import.jobs} (tag
 * {@code status}; {@code STALLED} counts running jobs whose node stopped reporting, which
 * another node should take over within a minute). Counted once per second at most,
 * however many gauges are read.
 */
@Component
class ImportJobMetrics {

	private static final String[] STATUSES = { "CHECKING", "CHECKED", "COMMITTING", "COMMITTED", "FAILED", "STALLED" };

	private final JdbcClient jdbc;

	private final Map<String, Long> counts = new ConcurrentHashMap<>();

	private volatile long countedAt;

	ImportJobMetrics(JdbcClient jdbc, ObjectProvider<MeterRegistry> meters) {
		this.jdbc = jdbc;
		meters.ifAvailable((registry) -> {
			for (String status : STATUSES) {
				Gauge.builder("portal.import.jobs", this, (metrics) -> metrics.count(status))
					.description("Import jobs by status, on all nodes")
					.tag("status", status)
					.register(registry);
			}
		});
	}

	double count(String status) {
		long now = System.currentTimeMillis();
		if (now - this.countedAt > 1000) {
			try {
				Map<String, Long> fresh = new ConcurrentHashMap<>();
				for (String each : STATUSES) {
					fresh.put(each, 0L);
				}
				this.jdbc
					.sql("""
							SELECT CASE WHEN status IN ('CHECKING', 'COMMITTING') AND heartbeat_at < now() - interval '30 seconds'
							  THEN 'STALLED' ELSE status END, count(*)
							FROM import_jobs GROUP BY 1""")
					.query((row, n) -> fresh.put(row.getString(1), row.getLong(2)))
					.list();
				this.counts.putAll(fresh);
				this.countedAt = now;
			}
			catch (RuntimeException ex) {
				return Double.NaN;
			}
		}
		return this.counts.getOrDefault(status, 0L);
	}

}
