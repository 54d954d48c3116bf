package org.craftsman.portal.support;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.common.BatchedCounters;
import org.craftsman.portal.result.LikeFold;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the demo data's counters back after each test: opening pages counts visits and
 * live views, and liking counts likes, but other tests assert the exact seed totals.
 * Before a test it notes every counter; after it, it subtracts what the test added and
 * removes the likes it recorded. Likes still in the result's shards are folded into
 * {@code like_count} first, so the seed's {@code like_count} comes back exactly. Use with
 * {@code @ExtendWith(RestoreCounters.class)} on an {@link IntegrationTest}.
 */
public class RestoreCounters implements BeforeEachCallback, AfterEachCallback {

	/** Table, counter column: every counter a visitor can move. */
	private static final List<String[]> COUNTERS = List.of(new String[] { "innovation_results", "like_count" },
			new String[] { "innovation_results", "visit_count" }, new String[] { "online_hotspots", "visit_count" },
			new String[] { "live_broadcasts", "view_count" });

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(RestoreCounters.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		flushViews(context);
		JdbcTemplate jdbc = jdbc(context);
		Map<String, Map<Long, Long>> counts = new HashMap<>();
		for (String[] counter : COUNTERS) {
			counts.put(key(counter), read(jdbc, counter));
		}
		Timestamp started = jdbc.queryForObject("SELECT clock_timestamp()", Timestamp.class);
		context.getStore(NAMESPACE).put("counts", counts);
		context.getStore(NAMESPACE).put("started", started);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void afterEach(ExtensionContext context) {
		flushViews(context);
		JdbcTemplate jdbc = jdbc(context);
		SpringExtension.getApplicationContext(context).getBean(LikeFold.class).foldWaiting();
		Map<String, Map<Long, Long>> before = context.getStore(NAMESPACE).get("counts", Map.class);
		Timestamp started = context.getStore(NAMESPACE).get("started", Timestamp.class);
		for (String[] counter : COUNTERS) {
			Map<Long, Long> then = before.get(key(counter));
			read(jdbc, counter).forEach((id, now) -> {
				Long was = then.get(id);
				if (was != null && !was.equals(now)) {
					jdbc.update(
							"UPDATE " + counter[0] + " SET " + counter[1] + " = " + counter[1] + " - ? WHERE id = ?",
							now - was, id);
				}
			});
		}
		jdbc.update("DELETE FROM result_likes WHERE created_at >= ?", started);
	}

	/** Each row's counter; a result's likes include what its shards hold. */
	private static Map<Long, Long> read(JdbcTemplate jdbc, String[] counter) {
		Map<Long, Long> counts = new HashMap<>();
		String value = "like_count".equals(counter[1])
				? "like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = t.id), 0)"
				: counter[1];
		jdbc.query("SELECT id, " + value + " FROM " + counter[0] + " t", (RowCallbackHandler) (row) -> {
			counts.put(row.getLong(1), row.getLong(2));
		});
		return counts;
	}

	private static String key(String[] counter) {
		return counter[0] + "." + counter[1];
	}

	/** Views are written once a second: write the pending ones now. */
	private static void flushViews(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(BatchedCounters.class).flush();
	}

	private static JdbcTemplate jdbc(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
	}

}
