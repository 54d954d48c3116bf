package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.craftsman.portal.common.web.Formats;
import org.craftsman.portal.common.web.Localized;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The big screen's figures as text in the screen's language: rendered into the page
 * first, then fetched as JSON by the page every few seconds, so both read the same way.
 */
@Component
class ScreenPage {

	static final int TOP_REGIONS = 5;

	static final int LATEST_CONTRACTS = 8;

	private final MessageSource messages;

	private final Formats fmt;

	private final Localized l10n;

	ScreenPage(MessageSource messages, Formats fmt, Localized l10n) {
		this.messages = messages;
		this.fmt = fmt;
		this.l10n = l10n;
	}

	Data of(DashboardService.Screen screen) {
		HeadlineTotals totals = screen.totals();
		List<Figure> figures = List.of(
				new Figure("contractAmount", message("screen.figure.contractAmount"),
						this.fmt.compactYuan(totals.contractAmount()), this.fmt.yuan(totals.contractAmount()), true),
				new Figure("contracts", message("screen.figure.contracts"), this.fmt.count(totals.contracts()),
						message("screen.figure.contracts.detail", this.fmt.count(totals.signedResults())), true),
				new Figure("results", message("screen.figure.results"), this.fmt.count(totals.results()),
						message("screen.figure.results.detail", this.fmt.count(totals.hotspots())), true),
				new Figure("areas", message("screen.figure.areas"), this.fmt.count(totals.offlineAreas()),
						message("screen.figure.areas.detail", this.fmt.squareMetres(totals.floorArea()),
								this.fmt.count(totals.onlineAreas())),
						false),
				new Figure("visits", message("screen.figure.visits"), this.fmt.compact(totals.visits()),
						this.fmt.count(totals.visits()), false),
				new Figure("likes", message("screen.figure.likes"), this.fmt.compact(totals.likes()),
						this.fmt.count(totals.likes()), false),
				new Figure("liveViews", message("screen.figure.liveViews"), this.fmt.compact(totals.liveViews()),
						this.fmt.count(totals.liveViews()), false),
				new Figure("awards", message("screen.figure.awards"), this.fmt.count(totals.awards()),
						message("screen.figure.awards.detail"), false));
		List<Region> regions = new ArrayList<>();
		for (BreakdownRow row : screen.regions()) {
			String name = row.others() ? message("dashboard.others", row.members())
					: this.l10n.pick(row.name(), row.nameEn());
			regions.add(new Region(name, this.fmt.compactYuan(row.measures().amount()), row.others()));
		}
		return new Data(figures, regions, days(screen.days()), categories(screen.categories()), latest(screen.latest()),
				this.fmt.iso(screen.readAt()), this.fmt.time(screen.readAt()));
	}

	private List<Day> days(ContractsOverTime days) {
		return days.rows()
			.stream()
			.map((row) -> new Day(days.monthly() ? this.fmt.month(row.startsOn()) : this.fmt.dayMonth(row.startsOn()),
					row.amount(), row.contracts()))
			.toList();
	}

	private List<Share> categories(List<BreakdownRow> rows) {
		return rows.stream()
			.map((row) -> new Share(
					row.others() ? message("dashboard.others", row.members()) : this.l10n.category(row.name()),
					row.measures().amount()))
			.toList();
	}

	private List<Signing> latest(List<LatestContract> contracts) {
		return contracts.stream()
			.map((c) -> new Signing(c.contractNo(), this.l10n.pick(c.resultTitle(), c.resultTitleEn()),
					this.l10n.pick(c.transferee(), c.transfereeEn()), this.fmt.compactYuan(c.amount()),
					this.fmt.dayMonth(c.signedOn())))
			.toList();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * @param figures the big figures, in display order
	 * @param regions the regions with the largest contract amounts, then the others
	 * @param days the contract amounts per signing day (or month), for the chart
	 * @param categories the categories with the largest contract amounts, for the chart
	 * @param latest the contracts signed last, for the ticker
	 * @param readAt when the figures were read (ISO-8601)
	 * @param readAtText the same as the reader sees it
	 */
	record Data(List<Figure> figures, List<Region> regions, List<Day> days, List<Share> categories,
			List<Signing> latest, String readAt, String readAtText) {
	}

	/**
	 * @param label the signing day (or month) as the chart labels it
	 * @param amount the amount signed then, in yuan
	 * @param contracts the contracts signed then
	 */
	record Day(String label, BigDecimal amount, long contracts) {
	}

	/**
	 * @param name the category, or the others
	 * @param amount its contract amount, in yuan
	 */
	record Share(String name, BigDecimal amount) {
	}

	/**
	 * @param contractNo the contract's number
	 * @param result the result signed over
	 * @param transferee who took it over
	 * @param amount the amount in words
	 * @param signedOn the signing day
	 */
	record Signing(String contractNo, String result, String transferee, String amount, String signedOn) {
	}

	/**
	 * @param name the region, or the others
	 * @param amount its contract amount
	 * @param others whether this is the row folding the remaining regions
	 */
	record Region(String name, String amount, boolean others) {
	}

}
