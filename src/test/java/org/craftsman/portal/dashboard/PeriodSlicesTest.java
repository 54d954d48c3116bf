package org.craftsman.portal.dashboard;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodSlicesTest {

	/** Every day has {@code perDay} contracts; every month has {@code groups} groups. */
	private static PeriodSlices.Costs uniform(long perDay, long groups) {
		return new PeriodSlices.Costs() {

			@Override
			public long monthRows(LocalDate month) {
				return groups;
			}

			@Override
			public long dayRows(LocalDate from, LocalDate to, long groupsOfMonth) {
				return (to.toEpochDay() - from.toEpochDay() + 1) * Math.min(perDay, groupsOfMonth);
			}

		};
	}

	@Test
	void aThirtyDayPeriodInsideABusyMonthReadsTheMonthMinusTheDayLeftOut() {
		PeriodSlices slices = PeriodSlices.of(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 30), uniform(1400, 5000));
		assertThat(slices.firstMonth()).isEqualTo(LocalDate.of(2022, 5, 1));
		assertThat(slices.lastMonth()).isEqualTo(LocalDate.of(2022, 5, 1));
		assertThat(slices.added()).isEmpty();
		assertThat(slices.subtracted())
			.containsExactly(new PeriodSlices.Days(LocalDate.of(2022, 5, 31), LocalDate.of(2022, 5, 31)));
		assertCoversExactly(slices, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 30));
	}

	@Test
	void aFewQuietDaysAreReadAsDays() {
		PeriodSlices slices = PeriodSlices.of(LocalDate.of(2022, 5, 10), LocalDate.of(2022, 5, 12), uniform(10, 300));
		assertThat(slices.firstMonth()).isAfter(slices.lastMonth());
		assertThat(slices.added())
			.containsExactly(new PeriodSlices.Days(LocalDate.of(2022, 5, 10), LocalDate.of(2022, 5, 12)));
		assertThat(slices.subtracted()).isEmpty();
	}

	@Test
	void busyDaysAtTheEndOfAMonthWithQuietDaysOtherwiseAreReadAsTheMonthMinusTheQuietDays() {
		LocalDate opening = LocalDate.of(2022, 4, 27);
		PeriodSlices.Costs conference = new PeriodSlices.Costs() {

			@Override
			public long monthRows(LocalDate month) {
				return 5000;
			}

			@Override
			public long dayRows(LocalDate from, LocalDate to, long groups) {
				long rows = 0;
				for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
					long contracts = day.isBefore(opening) ? 0 : day.isBefore(opening.plusDays(3)) ? 100_000 : 900;
					rows += Math.min(contracts, groups);
				}
				return rows;
			}

		};
		PeriodSlices slices = PeriodSlices.of(opening, opening.plusDays(2), conference);
		assertThat(slices.firstMonth()).isEqualTo(LocalDate.of(2022, 4, 1));
		assertThat(slices.lastMonth()).isEqualTo(LocalDate.of(2022, 4, 1));
		assertThat(slices.added()).isEmpty();
		assertCoversExactly(slices, opening, opening.plusDays(2));
	}

	@Test
	void randomPeriodsAreCoveredExactlyWhateverTheCosts() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int i = 0; i < 2000; i++) {
			LocalDate from = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(800));
			LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 400));
			PeriodSlices slices = PeriodSlices.of(from, to, uniform(random.nextInt(2000), 1 + random.nextInt(5000)));
			assertThat(slices.added().size()).as("seed %d", seed).isLessThanOrEqualTo(PeriodSlices.MAX_RANGES);
			assertThat(slices.subtracted().size()).as("seed %d", seed).isLessThanOrEqualTo(PeriodSlices.MAX_RANGES);
			assertCoversExactly(slices, from, to);
		}
	}

	@Test
	void onlyTheMonthsCoveredInPartNeedCosts() {
		assertThat(PeriodSlices.partialMonths(LocalDate.of(2022, 4, 27), LocalDate.of(2022, 4, 29)))
			.containsExactly(LocalDate.of(2022, 4, 1));
		assertThat(PeriodSlices.partialMonths(LocalDate.of(2022, 4, 27), LocalDate.of(2022, 6, 3)))
			.containsExactly(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 1));
		assertThat(PeriodSlices.partialMonths(Period.EARLIEST, Period.LATEST)).isEmpty();
	}

	/** Each day counted once if it is in the period, and not at all otherwise. */
	private static void assertCoversExactly(PeriodSlices slices, LocalDate from, LocalDate to) {
		for (LocalDate next = from.minusDays(62); !next.isAfter(to.plusDays(62)); next = next.plusDays(1)) {
			LocalDate day = next;
			LocalDate month = day.withDayOfMonth(1);
			int count = (!month.isBefore(slices.firstMonth()) && !month.isAfter(slices.lastMonth())) ? 1 : 0;
			count += (int) slices.added().stream().filter((days) -> contains(days, day)).count();
			count -= (int) slices.subtracted().stream().filter((days) -> contains(days, day)).count();
			boolean inPeriod = !day.isBefore(from) && !day.isAfter(to);
			assertThat(count).as("%s for the period %s to %s: %s", day, from, to, slices).isEqualTo(inPeriod ? 1 : 0);
		}
	}

	private static boolean contains(PeriodSlices.Days days, LocalDate day) {
		return !day.isBefore(days.from()) && !day.isAfter(days.to());
	}

}
