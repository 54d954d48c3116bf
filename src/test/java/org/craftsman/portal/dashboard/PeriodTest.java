package org.craftsman.portal.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PeriodTest {

	@Test
	void blankDatesMeanNoLimit() {
		assertThat(Period.parse(null, " ")).isEqualTo(Period.ALL);
		assertThat(Period.parse("", null).isAll()).isTrue();
	}

	@Test
	void isoDatesAreReadAndEitherEndMayBeOpen() {
		assertThat(Period.parse("2022-04-27", "2022-04-29"))
			.isEqualTo(new Period(LocalDate.of(2022, 4, 27), LocalDate.of(2022, 4, 29)));
		Period from = Period.parse(" 2022-04-28 ", null);
		assertThat(from.firstDay()).isEqualTo(LocalDate.of(2022, 4, 28));
		assertThat(from.lastDay()).isEqualTo(Period.LATEST);
		assertThat(Period.parse(null, "2022-04-28").firstDay()).isEqualTo(Period.EARLIEST);
	}

	@Test
	void eachWrongFieldIsNamedWithItsReason() {
		assertThatExceptionOfType(InvalidPeriodException.class).isThrownBy(() -> Period.parse("2022-02-30", "soon"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					new InvalidPeriodException.Problem("from", "dashboard.period.error.format"),
					new InvalidPeriodException.Problem("to", "dashboard.period.error.format")));
		assertThatExceptionOfType(InvalidPeriodException.class)
			.isThrownBy(() -> Period.parse("2022-04-29", "2022-04-27"))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new InvalidPeriodException.Problem("to", "dashboard.period.error.order")));
		assertThatExceptionOfType(InvalidPeriodException.class)
			.isThrownBy(() -> Period.parse("1999-12-31", "2100-01-01"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(InvalidPeriodException.Problem::messageKey)
				.containsOnly("dashboard.period.error.range"));
	}

}
