package org.craftsman.portal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a breakdown limited to a period reads the summaries: a run of whole months from the
 * totals per month and group, plus days added from (or subtracted from those months by)
 * the totals per day and group. A month the period covers only in part is read either as
 * its days inside the period or as the whole month minus its days outside the period,
 * whichever reads fewer rows: a 30-day period inside a 31-day month reads one row per
 * group for the month and one for the day left out, instead of thirty.
 *
 * @param firstMonth first day of the first whole month read (after {@code lastMonth} when
 * no month is read)
 * @param lastMonth first day of the last whole month read
 * @param added day ranges added, at most two
 * @param subtracted day ranges subtracted from the months read, at most two
 */
record PeriodSlices(LocalDate firstMonth, LocalDate lastMonth, List<Days> added, List<Days> subtracted) {

	/** At most this many ranges are added, and at most this many subtracted. */
	static final int MAX_RANGES = 2;

	/** An empty range, for the unused parameters of a statement with a fixed shape. */
	static final Days NONE = new Days(Period.LATEST.plusDays(1), Period.EARLIEST.minusDays(1));

	/**
	 * Estimates of the rows a slice reads.
	 */
	interface Costs {

		/** Rows of a month in the totals per month and group. */
		long monthRows(LocalDate month);

		/**
		 * Rows of the days from {@code from} to {@code to} in the totals per day and
		 * group, at most {@code groups} per day.
		 */
		long dayRows(LocalDate from, LocalDate to, long groups);

	}

	/**
	 * The slices of a period with both ends set.
	 * @param costs estimates for the months the period covers only in part
	 */
	static PeriodSlices of(LocalDate from, LocalDate to, Costs costs) {
		LocalDate firstMonth = from.withDayOfMonth(1);
		LocalDate lastMonth = to.withDayOfMonth(1);
		boolean startsWholeMonth = from.equals(firstMonth);
		boolean endsWholeMonth = to.equals(endOf(lastMonth));
		LocalDate wholeFrom = startsWholeMonth ? firstMonth : firstMonth.plusMonths(1);
		LocalDate wholeTo = endsWholeMonth ? lastMonth : lastMonth.minusMonths(1);
		List<Days> added = new ArrayList<>();
		List<Days> subtracted = new ArrayList<>();
		if (firstMonth.equals(lastMonth)) {
			if (!startsWholeMonth || !endsWholeMonth) {
				List<Days> outside = new ArrayList<>();
				if (!startsWholeMonth) {
					outside.add(new Days(firstMonth, from.minusDays(1)));
				}
				if (!endsWholeMonth) {
					outside.add(new Days(to.plusDays(1), endOf(lastMonth)));
				}
				if (wholeMonthIsCheaper(firstMonth, List.of(new Days(from, to)), outside, costs)) {
					wholeFrom = firstMonth;
					wholeTo = firstMonth;
					subtracted.addAll(outside);
				}
				else {
					added.add(new Days(from, to));
				}
			}
		}
		else {
			if (!startsWholeMonth) {
				Days inside = new Days(from, endOf(firstMonth));
				Days outside = new Days(firstMonth, from.minusDays(1));
				if (wholeMonthIsCheaper(firstMonth, List.of(inside), List.of(outside), costs)) {
					wholeFrom = firstMonth;
					subtracted.add(outside);
				}
				else {
					added.add(inside);
				}
			}
			if (!endsWholeMonth) {
				Days inside = new Days(lastMonth, to);
				Days outside = new Days(to.plusDays(1), endOf(lastMonth));
				if (wholeMonthIsCheaper(lastMonth, List.of(inside), List.of(outside), costs)) {
					wholeTo = lastMonth;
					subtracted.add(outside);
				}
				else {
					added.add(inside);
				}
			}
		}
		return new PeriodSlices(wholeFrom, wholeTo, List.copyOf(added), List.copyOf(subtracted));
	}

	/** The first days of the months a period with both ends set covers only in part. */
	static List<LocalDate> partialMonths(LocalDate from, LocalDate to) {
		List<LocalDate> months = new ArrayList<>();
		if (from.getDayOfMonth() != 1) {
			months.add(from.withDayOfMonth(1));
		}
		if (!to.equals(endOf(to)) && !months.contains(to.withDayOfMonth(1))) {
			months.add(to.withDayOfMonth(1));
		}
		return months;
	}

	/** The added range at {@code index}, or an empty one. */
	Days added(int index) {
		return (index < this.added.size()) ? this.added.get(index) : NONE;
	}

	/** The subtracted range at {@code index}, or an empty one. */
	Days subtracted(int index) {
		return (index < this.subtracted.size()) ? this.subtracted.get(index) : NONE;
	}

	private static boolean wholeMonthIsCheaper(LocalDate month, List<Days> inside, List<Days> outside, Costs costs) {
		long groups = costs.monthRows(month);
		long insideRows = 0;
		for (Days days : inside) {
			insideRows += costs.dayRows(days.from(), days.to(), groups);
		}
		long monthRows = groups;
		for (Days days : outside) {
			monthRows += costs.dayRows(days.from(), days.to(), groups);
		}
		return monthRows < insideRows;
	}

	private static LocalDate endOf(LocalDate day) {
		return day.withDayOfMonth(day.lengthOfMonth());
	}

	/**
	 * Days from {@code from} to {@code to}, both included.
	 */
	record Days(LocalDate from, LocalDate to) {
	}

}
