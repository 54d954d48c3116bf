package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One of the dashboard's tables in the reader's language: what the page shows under each
 * chart, what the chart is drawn from, and what the CSV and XLSX exports contain.
 *
 * @param id the table's name in URLs ({@code region}, {@code days}...)
 * @param title its caption
 * @param columns its columns; the first one names the row
 * @param rows its rows
 * @param total the total row (from a separately maintained source), or {@code null}
 * @param reconciliation whether the rows add up to the total, or {@code null} for a table
 * without one
 * @param chart how the page charts it, or {@code null}
 */
public record DataTable(String id, String title, List<Column> columns, List<Row> rows, List<Cell> total,
		Reconciliation reconciliation, Chart chart) {

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** Whether any row folds several groups ("others"), which bar charts leave out. */
	public boolean hasFoldedRow() {
		return this.rows.stream().anyMatch(Row::folded);
	}

	/**
	 * @param cells one per column
	 * @param folded whether the row stands for all groups beyond the top ("others")
	 */
	public record Row(List<Cell> cells, boolean folded) {

		static Row of(List<Cell> cells) {
			return new Row(cells, false);
		}

	}

	/** What a column holds, for alignment on the page and number formats in exports. */
	public enum Kind {

		TEXT, COUNT, MONEY, PERCENT, DATE, MONTH;

		public boolean numeric() {
			return this == COUNT || this == MONEY || this == PERCENT;
		}

	}

	/**
	 * @param label the column heading
	 * @param kind what it holds
	 */
	public record Column(String label, Kind kind) {
	}

	/**
	 * @param value the exact value: a {@link String}, {@link Long}, {@link BigDecimal} or
	 * {@link LocalDate}
	 * @param text the value as the reader sees it
	 */
	public record Cell(Object value, String text) {

		/** The value in a machine-readable form: plain decimal, ISO date. */
		public String raw() {
			if (this.value instanceof BigDecimal decimal) {
				return decimal.toPlainString();
			}
			return (this.value != null) ? this.value.toString() : "";
		}

	}

	/**
	 * @param type the Chart.js chart type ({@code bar}, {@code doughnut})
	 * @param series the columns charted, each as one data set; the first column labels
	 * the points
	 */
	public record Chart(String type, List<Integer> series) {

		public String seriesAttribute() {
			return String.join(",", this.series.stream().map(String::valueOf).toList());
		}

	}

}
