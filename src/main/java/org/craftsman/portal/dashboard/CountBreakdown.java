package org.craftsman.portal.dashboard;

import java.util.List;

/**
 * A count split by a small fixed set of kinds: hotspots by media kind, announcements by
 * award.
 *
 * @param rows one row per kind, in display order
 * @param total the count the rows must add up to, read separately
 */
public record CountBreakdown(List<Row> rows, long total) {

	public long sum() {
		return this.rows.stream().mapToLong(Row::count).sum();
	}

	public Reconciliation reconciliation() {
		return Reconciliation.of((sum() == this.total) ? List.of() : List.of("count"));
	}

	/**
	 * @param key the kind's code ({@code VIDEO}, {@code TECH_ACHIEVEMENT})
	 * @param name its name, where the database holds one
	 * @param nameEn its English name, where the database holds one
	 * @param count how many
	 */
	public record Row(String key, String name, String nameEn, long count) {
	}

}
