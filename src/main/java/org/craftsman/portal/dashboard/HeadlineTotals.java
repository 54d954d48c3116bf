package org.craftsman.portal.dashboard;

import java.math.BigDecimal;

/**
 * The conference's headline figures, as the home page, the dashboard and /api/stats show
 * them.
 *
 * @param offlineAreas offline exchange areas
 * @param onlineAreas zones of the online exhibition hall
 * @param floorArea total floor area of the offline areas, in square metres
 * @param hotspots online-hall hotspots
 * @param results published innovation results
 * @param signedResults results with at least one signed transformation contract
 * @param contracts signed transformation contracts
 * @param contractAmount total amount of all contracts, in yuan
 * @param awards published award announcements
 * @param visits online exhibition hall visits (results and hotspots opened)
 * @param likes likes given to results
 * @param liveViews views of live broadcasts
 */
public record HeadlineTotals(long offlineAreas, long onlineAreas, BigDecimal floorArea, long hotspots, long results,
		long signedResults, long contracts, BigDecimal contractAmount, long awards, long visits, long likes,
		long liveViews) {

}
