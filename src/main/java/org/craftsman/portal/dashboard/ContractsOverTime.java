package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Contracts, their amount and the results first signed, per signing day, or per month
 * where a period spans more days with contracts than a chart can show legibly.
 *
 * @param monthly whether each row is a month rather than a day
 * @param rows the days (or months) with contracts, oldest first
 * @param total the contracts, amount and newly signed results of the period, read from a
 * separately maintained source (no results count: results have no signing day)
 */
public record ContractsOverTime(boolean monthly, List<Row> rows, Measures total) {

	public Measures sum() {
		return Measures.sum(this.rows.stream().map(Row::measures).toList(), false);
	}

	public Reconciliation reconciliation() {
		return Reconciliation.of(sum().differencesFrom(this.total));
	}

	/**
	 * @param startsOn the day, or the first day of the month
	 * @param contracts contracts signed then
	 * @param amount their amount in yuan
	 * @param firstSignings results whose first contract was signed then
	 */
	public record Row(LocalDate startsOn, long contracts, BigDecimal amount, long firstSignings) {

		Measures measures() {
			return new Measures(null, this.firstSignings, this.contracts, this.amount);
		}

	}

}
