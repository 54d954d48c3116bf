package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Contracts and their amount per signing day, or per month where a period spans more days
 * with contracts than a chart can show legibly.
 *
 * @param monthly whether each row is a month rather than a day
 * @param rows the days (or months) with contracts, oldest first
 * @param contracts the contracts of the period, from a separately maintained source
 * @param amount their amount in yuan, likewise
 */
public record ContractsOverTime(boolean monthly, List<Row> rows, long contracts, BigDecimal amount) {

	public long sumOfContracts() {
		return this.rows.stream().mapToLong(Row::contracts).sum();
	}

	public BigDecimal sumOfAmounts() {
		return this.rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Reconciliation reconciliation() {
		List<String> differences = new ArrayList<>();
		if (sumOfContracts() != this.contracts) {
			differences.add("contracts");
		}
		if (sumOfAmounts().compareTo(this.amount) != 0) {
			differences.add("amount");
		}
		return Reconciliation.of(differences);
	}

	/**
	 * @param startsOn the day, or the first day of the month
	 * @param contracts contracts signed then
	 * @param amount their amount in yuan
	 */
	public record Row(LocalDate startsOn, long contracts, BigDecimal amount) {
	}

}
