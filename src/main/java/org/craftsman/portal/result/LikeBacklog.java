package org.craftsman.portal.result;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The likes waiting in the shards for the next {@link LikeFold}, as the metric
 * {@code portal.likes.backlog}: it stays near the likes of one fold interval while the
 * folds keep up, and grows when they do not (no node folding, or folds failing).
 */
@Component
class LikeBacklog {

	private final JdbcClient jdbc;

	LikeBacklog(JdbcClient jdbc, ObjectProvider<MeterRegistry> meters) {
		this.jdbc = jdbc;
		meters.ifAvailable((registry) -> Gauge.builder("portal.likes.backlog", this, LikeBacklog::likes)
			.description("Likes in the shards not yet folded into the results' like counts")
			.register(registry));
	}

	double likes() {
		try {
			return this.jdbc.sql("SELECT coalesce(sum(likes), 0) FROM result_like_shards")
				.query(Long.class)
				.single()
				.doubleValue();
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
