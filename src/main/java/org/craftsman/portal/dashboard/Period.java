package org.craftsman.portal.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.StringUtils;

/**
 * The signing dates the dashboard's contract figures are limited to; either end may be
 * open. Contracts are signed from 2000 on (the schema refuses earlier dates).
 *
 * @param from first signing day included, or {@code null} for no lower limit
 * @param to last signing day included, or {@code null} for no upper limit
 */
public record Period(LocalDate from, LocalDate to) {

	/** Every contract ever signed. */
	public static final Period ALL = new Period(null, null);

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	public boolean isAll() {
		return this.from == null && this.to == null;
	}

	LocalDate firstDay() {
		return (this.from != null) ? this.from : EARLIEST;
	}

	LocalDate lastDay() {
		return (this.to != null) ? this.to : LATEST;
	}

	/**
	 * Reads a period from ISO dates ({@code 2022-04-27}) as a form or a query sends them;
	 * blank means open.
	 * @throws InvalidPeriodException naming each field that is wrong, and why
	 */
	public static Period parse(String from, String to) {
		List<InvalidPeriodException.Problem> problems = new ArrayList<>();
		LocalDate first = parseDay("from", from, problems);
		LocalDate last = parseDay("to", to, problems);
		if (first != null && last != null && first.isAfter(last)) {
			problems.add(new InvalidPeriodException.Problem("to", "dashboard.period.error.order"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPeriodException(problems);
		}
		return new Period(first, last);
	}

	private static LocalDate parseDay(String field, String value, List<InvalidPeriodException.Problem> problems) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
				problems.add(new InvalidPeriodException.Problem(field, "dashboard.period.error.range"));
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			problems.add(new InvalidPeriodException.Problem(field, "dashboard.period.error.format"));
			return null;
		}
	}

}
