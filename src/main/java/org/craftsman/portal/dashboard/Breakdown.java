package org.craftsman.portal.dashboard;

import java.util.List;

/**
 * Results and contracts by area, region, category or organization: the top groups by
 * contract amount, the others folded into one row, and the total they must add up to.
 *
 * @param dimension what the rows group by
 * @param period the signing dates the contract figures are limited to
 * @param rows the top groups, then the others row if any group is left
 * @param total the total from the conference-wide counters (or, for a period, from the
 * contracts of each day)
 */
public record Breakdown(Dimension dimension, Period period, List<BreakdownRow> rows, Measures total) {

	public Measures sum() {
		return Measures.sum(this.rows.stream().map(BreakdownRow::measures).toList(), this.total.results() != null);
	}

	public Reconciliation reconciliation() {
		return Reconciliation.of(sum().differencesFrom(this.total));
	}

}
