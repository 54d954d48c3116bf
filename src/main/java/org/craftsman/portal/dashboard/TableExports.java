package org.craftsman.portal.dashboard;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.craftsman.portal.common.export.CsvWriter;
import org.craftsman.portal.common.export.XlsxWriter;
import org.craftsman.portal.dashboard.DataTable.Cell;
import org.craftsman.portal.dashboard.DataTable.Column;
import org.craftsman.portal.dashboard.DataTable.Kind;

import org.springframework.stereotype.Component;

/**
 * Writes a dashboard table, with its total row, through the portal's CSV and XLSX writers
 * (numbers as numbers, amounts to the fen, names guarded against formulas).
 */
@Component
public class TableExports {

	public byte[] csv(DataTable table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		List<List<Object>> rows = rowsWithTotal(table).stream()
			.map((row) -> row.stream().map(Cell::value).toList())
			.toList();
		CsvWriter.write(labels(table), rows, bytes);
		return bytes.toByteArray();
	}

	public byte[] xlsx(DataTable table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XlsxWriter workbook = new XlsxWriter()) {
			XlsxWriter.SheetOut sheet = workbook.sheet(table.title(), labels(table), 1);
			for (int i = 0; i < table.columns().size(); i++) {
				sheet.width(i, (i == 0) ? 40 : 18);
			}
			for (List<Cell> cells : rowsWithTotal(table)) {
				List<Object> values = new ArrayList<>();
				List<String> formats = new ArrayList<>();
				for (int i = 0; i < cells.size(); i++) {
					values.add(cells.get(i).value());
					formats.add(format(cells.get(i).value(), table.columns().get(i).kind()));
				}
				sheet.row(values, formats);
			}
			workbook.writeTo(bytes);
		}
		return bytes.toByteArray();
	}

	private static String format(Object value, Kind kind) {
		if (value instanceof Long) {
			return "#,##0";
		}
		if (value instanceof BigDecimal) {
			return (kind == Kind.PERCENT) ? "0.0" : "#,##0.00";
		}
		if (value instanceof LocalDate) {
			return (kind == Kind.MONTH) ? "yyyy-mm" : "yyyy-mm-dd";
		}
		return null;
	}

	private static List<String> labels(DataTable table) {
		return table.columns().stream().map(Column::label).toList();
	}

	private static List<List<Cell>> rowsWithTotal(DataTable table) {
		List<List<Cell>> rows = new ArrayList<>(table.rows().stream().map(DataTable.Row::cells).toList());
		if (table.total() != null) {
			rows.add(table.total());
		}
		return rows;
	}

}
