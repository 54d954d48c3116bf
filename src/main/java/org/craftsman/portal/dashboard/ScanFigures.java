package org.craftsman.portal.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * QR code scans per area and per day, with the total read on its own, so that the table
 * can show whether its rows and its columns add up to it.
 *
 * @param days the days with scans, oldest first
 * @param rows one row per area with scans, by code
 * @param dayTotals the scans of each day, in the order of {@code days}
 * @param total the scans of all days and areas, summed separately
 */
public record ScanFigures(List<LocalDate> days, List<ScanRow> rows, List<Long> dayTotals, long total) {

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** Whether the areas' totals and the days' totals each add up to the total. */
	public boolean reconciled() {
		return this.rows.stream().mapToLong(ScanRow::total).sum() == this.total
				&& this.dayTotals.stream().mapToLong(Long::longValue).sum() == this.total;
	}

	/**
	 * One area's scans.
	 *
	 * @param code the area's code
	 * @param name its Chinese name
	 * @param nameEn its English name
	 * @param perDay its scans on each day of {@link ScanFigures#days()}
	 * @param total its scans in all
	 */
	public record ScanRow(String code, String name, String nameEn, List<Long> perDay, long total) {

	}

}
