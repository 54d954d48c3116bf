package org.craftsman.portal.live.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The number watching each broadcast now, across nodes: each node writes how many comment
 * streams it holds open per broadcast (one row per node and broadcast, with the time it
 * wrote it), and the number watching is the sum of the rows fresher than
 * {@code portal.comments.watchers-freshness}. A node that stops or crashes drops out
 * within that time.
 */
@Component
class WatcherCounts {

	private final UUID node = UUID.randomUUID();

	private final JdbcTemplate jdbc;

	private final String freshness;

	WatcherCounts(JdbcTemplate jdbc, CommentProperties properties) {
		this.jdbc = jdbc;
		this.freshness = properties.watchersFreshness().toMillis() + " milliseconds";
	}

	/** Writes this node's counts (broadcasts left out have no viewer here). */
	void write(Map<Long, Integer> counts) {
		List<Object[]> rows = new ArrayList<>();
		counts.forEach((broadcastId, watching) -> rows.add(new Object[] { this.node, broadcastId, watching }));
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(
					"""
							INSERT INTO live_watchers (node_id, broadcast_id, watching, seen_at)
							SELECT CAST(? AS UUID), CAST(? AS BIGINT), CAST(? AS INTEGER), now()
							WHERE EXISTS (SELECT 1 FROM live_broadcasts WHERE id = ?)
							ON CONFLICT (node_id, broadcast_id) DO UPDATE SET watching = EXCLUDED.watching, seen_at = EXCLUDED.seen_at""",
					rows.stream().map((row) -> new Object[] { row[0], row[1], row[2], row[1] }).toList());
		}
		this.jdbc.update("DELETE FROM live_watchers WHERE node_id = ? AND NOT (broadcast_id = ANY (?))", this.node,
				counts.keySet().stream().mapToLong(Long::longValue).toArray());
		this.jdbc.update("DELETE FROM live_watchers WHERE seen_at < now() - CAST(? AS INTERVAL) * 4", this.freshness);
	}

	/** The number watching each broadcast anyone watches now. */
	Map<Long, Long> watchingAll() {
		Map<Long, Long> totals = new HashMap<>();
		this.jdbc.query("""
				SELECT broadcast_id, sum(watching) FROM live_watchers
				WHERE seen_at > now() - CAST(? AS INTERVAL) GROUP BY broadcast_id""",
				(RowCallbackHandler) (row) -> totals.put(row.getLong(1), row.getLong(2)), this.freshness);
		return totals;
	}

	/** The number watching a broadcast now. */
	long watching(long broadcastId) {
		Long total = this.jdbc.queryForObject("""
				SELECT coalesce(sum(watching), 0) FROM live_watchers
				WHERE broadcast_id = ? AND seen_at > now() - CAST(? AS INTERVAL)""", Long.class, broadcastId,
				this.freshness);
		return (total != null) ? total : 0;
	}

}
