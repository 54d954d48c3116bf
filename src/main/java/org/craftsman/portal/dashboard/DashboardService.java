package org.craftsman.portal.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboard's figures. Each method runs in one repeatable-read snapshot: a
 * contract signed while the figures are read shows up in all of them or in none, so the
 * reconciliation never fails because of timing.
 */
@Service
public class DashboardService {

	/** Groups a breakdown shows on their own before folding the rest into "others". */
	public static final int TOP = 10;

	private final StatsQueries stats;

	private final Clock clock;

	DashboardService(StatsQueries stats, Clock clock) {
		this.stats = stats;
		this.clock = clock;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Dashboard dashboard(Period period) {
		HeadlineTotals totals = this.stats.headlineTotals();
		Measures contracts = contractTotals(totals, period);
		List<Breakdown> breakdowns = Arrays.stream(Dimension.values())
			.map((dimension) -> new Breakdown(dimension, period, this.stats.topGroups(dimension, period, TOP),
					contracts))
			.toList();
		return new Dashboard(totals, period, contracts,
				new CountBreakdown(this.stats.hotspotsByMediaKind(), totals.hotspots()),
				new CountBreakdown(this.stats.awardsByAward(), totals.awards()), breakdowns,
				this.stats.contractsOverTime(period, contracts), now());
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Breakdown breakdown(Dimension dimension, Period period, int top) {
		Measures contracts = contractTotals(this.stats.headlineTotals(), period);
		return new Breakdown(dimension, period, this.stats.topGroups(dimension, period, top), contracts);
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ContractsOverTime contractsOverTime(Period period) {
		return this.stats.contractsOverTime(period, contractTotals(this.stats.headlineTotals(), period));
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public CountBreakdown hotspotsByMediaKind() {
		return new CountBreakdown(this.stats.hotspotsByMediaKind(), this.stats.headlineTotals().hotspots());
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public CountBreakdown awardsByAward() {
		return new CountBreakdown(this.stats.awardsByAward(), this.stats.headlineTotals().awards());
	}

	/**
	 * The headline figures with the leading regions and categories, the contracts per day
	 * and the latest contracts, for the big screen.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Screen screen(int topGroups, int latestContracts) {
		HeadlineTotals totals = this.stats.headlineTotals();
		return new Screen(totals, this.stats.topGroups(Dimension.REGION, Period.ALL, topGroups),
				this.stats.topGroups(Dimension.CATEGORY, Period.ALL, topGroups),
				this.stats.contractsOverTime(Period.ALL, contractTotals(totals, Period.ALL)),
				this.stats.latestContracts(latestContracts), now());
	}

	private Measures contractTotals(HeadlineTotals totals, Period period) {
		return period.isAll()
				? new Measures(totals.results(), totals.signedResults(), totals.contracts(), totals.contractAmount())
				: this.stats.periodTotals(period);
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * @param totals the headline figures
	 * @param regions the regions with the largest contract amounts, then the others
	 * @param categories the categories with the largest contract amounts, then the others
	 * @param days the contracts per signing day (or month)
	 * @param latest the contracts signed last, latest first
	 * @param readAt when the figures were read
	 */
	public record Screen(HeadlineTotals totals, List<BreakdownRow> regions, List<BreakdownRow> categories,
			ContractsOverTime days, List<LatestContract> latest, Instant readAt) {
	}

}
