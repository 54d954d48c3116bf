package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.craftsman.portal.common.web.Formats;
import org.craftsman.portal.common.web.Localized;
import org.craftsman.portal.dashboard.DataTable.Cell;
import org.craftsman.portal.dashboard.DataTable.Chart;
import org.craftsman.portal.dashboard.DataTable.Column;
import org.craftsman.portal.dashboard.DataTable.Kind;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the dashboard's figures into tables in the reader's language: the page shows them
 * under their charts and the exports write them, so both always hold the same numbers.
 */
@Component
public class DashboardTables {

	/** The tables in the order the page shows them. */
	public static final List<String> IDS = List.of("totals", "hotspots", "awards", "area", "region", "category",
			"organization", "days");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final MessageSource messages;

	private final Formats fmt;

	private final Localized l10n;

	DashboardTables(MessageSource messages, Formats fmt, Localized l10n) {
		this.messages = messages;
		this.fmt = fmt;
		this.l10n = l10n;
	}

	/** Every table of the dashboard, by id, in display order. */
	public Map<String, DataTable> tables(Dashboard dashboard) {
		Map<String, DataTable> tables = new LinkedHashMap<>();
		tables.put("totals", totals(dashboard));
		tables.put("hotspots", counts("hotspots", "mediaKind", dashboard.hotspotsByMediaKind(), "doughnut", true));
		tables.put("awards", counts("awards", "award", dashboard.awardsByAward(), "bar", false));
		for (Breakdown breakdown : dashboard.breakdowns()) {
			tables.put(breakdown.dimension().key(), breakdown(breakdown));
		}
		tables.put("days", overTime(dashboard.overTime()));
		return tables;
	}

	/**
	 * The headline figures above the tables, large, with the exact number under rounded
	 * ones.
	 */
	public List<Figure> figures(Dashboard dashboard) {
		HeadlineTotals totals = dashboard.totals();
		Measures contracts = dashboard.contracts();
		return List.of(Figure.of("offlineAreas", message("totals.offlineAreas"), this.fmt.count(totals.offlineAreas())),
				Figure.of("onlineAreas", message("dashboard.figure.onlineAreas"), this.fmt.count(totals.onlineAreas())),
				Figure.of("floorArea", message("dashboard.figure.floorArea"),
						this.fmt.squareMetres(totals.floorArea())),
				Figure.of("hotspots", message("totals.hotspots"), this.fmt.count(totals.hotspots())),
				Figure.of("results", message("totals.results"), this.fmt.count(totals.results())),
				Figure
					.of("signedResults",
							message(dashboard.period().isAll() ? "totals.signedResults"
									: "dashboard.figure.newlySigned"),
							this.fmt.count(contracts.signedResults()))
					.accented(),
				Figure.of("contracts", message("dashboard.figure.contracts"), this.fmt.count(contracts.contracts()))
					.accented(),
				new Figure("contractAmount", message("dashboard.figure.contractAmount"),
						this.fmt.compactYuan(contracts.amount()), this.fmt.yuan(contracts.amount()), true),
				Figure.of("awards", message("totals.awards"), this.fmt.count(totals.awards())),
				large("visits", "totals.visits", totals.visits()), large("likes", "totals.likes", totals.likes()),
				large("liveViews", "totals.liveViews", totals.liveViews()));
	}

	private Figure large(String key, String labelKey, long value) {
		return new Figure(key, message(labelKey), this.fmt.compact(value), this.fmt.count(value), false);
	}

	DataTable totals(Dashboard dashboard) {
		HeadlineTotals totals = dashboard.totals();
		List<DataTable.Row> rows = new ArrayList<>();
		addFigure(rows, "totals.offlineAreas", count(totals.offlineAreas()));
		addFigure(rows, "dashboard.figure.onlineAreas", count(totals.onlineAreas()));
		addFigure(rows, "dashboard.figure.floorArea",
				new Cell(totals.floorArea(), this.fmt.squareMetres(totals.floorArea())));
		addFigure(rows, "totals.hotspots", count(totals.hotspots()));
		addFigure(rows, "totals.results", count(totals.results()));
		addFigure(rows, "totals.signedResults", count(totals.signedResults()));
		addFigure(rows, "dashboard.figure.contracts", count(totals.contracts()));
		addFigure(rows, "dashboard.figure.contractAmount", money(totals.contractAmount()));
		addFigure(rows, "totals.awards", count(totals.awards()));
		addFigure(rows, "totals.visits", count(totals.visits()));
		addFigure(rows, "totals.likes", count(totals.likes()));
		addFigure(rows, "totals.liveViews", count(totals.liveViews()));
		return new DataTable("totals", message("dashboard.table.totals"),
				List.of(column("dashboard.column.figure", Kind.TEXT), column("dashboard.column.value", Kind.COUNT)),
				rows, null, null, null);
	}

	DataTable counts(String id, String nameKey, CountBreakdown counts, String chartType, boolean kindNames) {
		List<DataTable.Row> rows = new ArrayList<>();
		for (CountBreakdown.Row row : counts.rows()) {
			String name = kindNames ? message("dashboard.mediaKind." + row.key())
					: this.l10n.pick(row.name(), row.nameEn());
			rows.add(DataTable.Row.of(List.of(text(name), count(row.count()))));
		}
		return new DataTable(id, message("dashboard.table." + id),
				List.of(column("dashboard.column." + nameKey, Kind.TEXT), column("dashboard.column.count", Kind.COUNT)),
				rows, List.of(text(message("dashboard.total")), count(counts.total())), counts.reconciliation(),
				new Chart(chartType, List.of(1)));
	}

	DataTable breakdown(Breakdown breakdown) {
		boolean withResults = breakdown.total().results() != null;
		List<Column> columns = new ArrayList<>();
		columns.add(column("dashboard.column." + breakdown.dimension().key(), Kind.TEXT));
		if (withResults) {
			columns.add(column("dashboard.column.results", Kind.COUNT));
		}
		columns
			.add(column(withResults ? "dashboard.column.signedResults" : "dashboard.column.newlySigned", Kind.COUNT));
		columns.add(column("dashboard.column.contracts", Kind.COUNT));
		columns.add(column("dashboard.column.amount", Kind.MONEY));
		columns.add(column("dashboard.column.share", Kind.PERCENT));
		BigDecimal whole = breakdown.total().amount();
		List<DataTable.Row> rows = new ArrayList<>();
		for (BreakdownRow row : breakdown.rows()) {
			rows.add(new DataTable.Row(measures(groupName(row), row.measures(), withResults, whole), row.others()));
		}
		String id = breakdown.dimension().key();
		return new DataTable(id, message("dashboard.table." + id), columns, rows,
				measures(message("dashboard.total"), breakdown.total(), withResults, whole), breakdown.reconciliation(),
				new Chart("bar", List.of(columns.size() - 2)));
	}

	DataTable overTime(ContractsOverTime overTime) {
		Kind kind = overTime.monthly() ? Kind.MONTH : Kind.DATE;
		List<DataTable.Row> rows = new ArrayList<>();
		for (ContractsOverTime.Row row : overTime.rows()) {
			rows.add(DataTable.Row.of(List.of(day(row.startsOn(), kind), count(row.contracts()), money(row.amount()),
					count(row.firstSignings()))));
		}
		Measures total = overTime.total();
		return new DataTable("days", message(overTime.monthly() ? "dashboard.table.months" : "dashboard.table.days"),
				List.of(column(overTime.monthly() ? "dashboard.column.month" : "dashboard.column.day", kind),
						column("dashboard.column.contracts", Kind.COUNT), column("dashboard.column.amount", Kind.MONEY),
						column("dashboard.column.firstSignings", Kind.COUNT)),
				rows, List.of(text(message("dashboard.total")), count(total.contracts()), money(total.amount()),
						count(total.signedResults())),
				overTime.reconciliation(), new Chart("bar", List.of(2, 1)));
	}

	private List<Cell> measures(String name, Measures measures, boolean withResults, BigDecimal whole) {
		List<Cell> cells = new ArrayList<>();
		cells.add(text(name));
		if (withResults) {
			cells.add(count(measures.results()));
		}
		cells.add(count(measures.signedResults()));
		cells.add(count(measures.contracts()));
		cells.add(money(measures.amount()));
		cells.add(share(measures.amount(), whole));
		return cells;
	}

	private String groupName(BreakdownRow row) {
		if (row.others()) {
			return message("dashboard.others", row.members());
		}
		String name = this.l10n.pick(row.name(), row.nameEn());
		return (row.code() != null) ? row.code() + " " + name : name;
	}

	private void addFigure(List<DataTable.Row> rows, String labelKey, Cell value) {
		rows.add(DataTable.Row.of(List.of(text(message(labelKey)), value)));
	}

	private Column column(String labelKey, Kind kind) {
		return new Column(message(labelKey), kind);
	}

	private static Cell text(String text) {
		return new Cell(text, text);
	}

	private Cell count(Long value) {
		return (value != null) ? new Cell(value, this.fmt.count(value)) : new Cell(null, "");
	}

	private Cell money(BigDecimal amount) {
		return new Cell(amount, this.fmt.yuan(amount));
	}

	private Cell share(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return new Cell(null, "");
		}
		BigDecimal percent = part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
		return new Cell(percent, percent.toPlainString() + "%");
	}

	private Cell day(LocalDate day, Kind kind) {
		if (kind == Kind.DATE) {
			return new Cell(day, this.fmt.date(day));
		}
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = Localized.isEnglish(locale) ? "MMMM yyyy" : "yyyy年M月";
		return new Cell(day, DateTimeFormatter.ofPattern(pattern, locale).format(day));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
