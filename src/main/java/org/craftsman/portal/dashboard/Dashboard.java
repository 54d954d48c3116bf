package org.craftsman.portal.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * Everything the dashboard shows, read in one snapshot of the database so that its
 * figures are consistent with each other.
 *
 * @param totals the conference's headline figures (never limited to a period)
 * @param period the signing dates the contract figures are limited to
 * @param contracts the contract figures of the period (all contracts if no period)
 * @param hotspotsByMediaKind hotspots per media kind
 * @param awardsByAward published announcements per award
 * @param breakdowns results and contracts by area, region, category and organization
 * @param overTime contracts and amounts per day (or month)
 * @param readAt when the figures were read
 */
public record Dashboard(HeadlineTotals totals, Period period, Measures contracts, CountBreakdown hotspotsByMediaKind,
		CountBreakdown awardsByAward, List<Breakdown> breakdowns, ContractsOverTime overTime, Instant readAt) {

	public boolean reconciled() {
		return this.hotspotsByMediaKind.reconciliation().reconciled()
				&& this.awardsByAward.reconciliation().reconciled() && this.overTime.reconciliation().reconciled()
				&& this.breakdowns.stream().allMatch((breakdown) -> breakdown.reconciliation().reconciled());
	}

}
