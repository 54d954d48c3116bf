package org.craftsman.portal.common;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import org.craftsman.portal.common.web.PageViews;
import org.craftsman.portal.common.web.Scans;

/**
 * Scans of a kind of record's QR code, counted apart from its visits: added once a second
 * by one upsert into {@code qr_scans}, per day in the conference's time zone, with the
 * area the record belongs to. Scans of a record that does not exist (or is not shown) are
 * dropped by the statement.
 */
public abstract class ScanCounter extends BatchedCounter {

	/**
	 * @param name how pages name the counter
	 * @param kind the kind of record, as {@code qr_scans.kind} stores it
	 * @param table the table of the scanned records
	 * @param areaColumn the column of that table holding the record's area
	 * @param condition which rows count, on the table's alias {@code t}
	 * @param zone the conference's time zone, which decides the day of a scan
	 */
	protected ScanCounter(String name, String kind, String table, String areaColumn, String condition, ZoneId zone) {
		super(name,
				"INSERT INTO qr_scans (day, kind, target_id, area_id, scans)" + " SELECT CAST(now() AT TIME ZONE '"
						+ zone.getId().replace("'", "") + "' AS date), '" + kind + "', t.id, t." + areaColumn
						+ ", v.n FROM " + COUNTED + " JOIN " + table + " t ON t.id = v.id AND " + condition
						+ " ON CONFLICT (day, kind, target_id) DO UPDATE SET scans = qr_scans.scans + EXCLUDED.scans");
	}

	/**
	 * Counts the opening of a record's page as a scan when it was opened by its QR code,
	 * also every later time the page is served from the page cache.
	 */
	public void countIfScanned(HttpServletRequest request, long id) {
		if (Scans.scanned(request)) {
			add(id);
			PageViews.countEveryView(request, name(), id);
		}
	}

}
