package org.craftsman.portal.admin.importexport;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.craftsman.portal.common.export.CsvWriter;
import org.craftsman.portal.common.export.XlsxWriter;

/**
 * Writes the admin exports and import templates through the portal's CSV and XLSX
 * writers. What it writes, {@link SheetReader} reads back unchanged.
 */
final class SheetWriter {

	private SheetWriter() {
	}

	/**
	 * Writes a header row and the data rows.
	 * @param numericColumns the columns written as numbers
	 */
	static void write(FileFormat format, List<String> header, Iterable<List<String>> rows, Set<String> numericColumns,
			OutputStream out) {
		List<List<Object>> typed = new ArrayList<>();
		for (List<String> row : rows) {
			typed.add(typed(header, row, numericColumns));
		}
		if (format == FileFormat.CSV) {
			CsvWriter.write(header, typed, out);
			return;
		}
		try (XlsxWriter workbook = new XlsxWriter()) {
			XlsxWriter.SheetOut sheet = workbook.sheet("data", header, 0);
			typed.forEach(sheet::row);
			workbook.writeTo(out);
		}
	}

	/**
	 * An import template: the header row, and in XLSX a second sheet that explains each
	 * column.
	 */
	static void writeTemplate(FileFormat format, List<String> header, List<List<String>> guide, OutputStream out) {
		if (format == FileFormat.CSV) {
			CsvWriter.write(header, List.of(), out);
			return;
		}
		try (XlsxWriter workbook = new XlsxWriter()) {
			workbook.sheet("data", header, 0);
			if (!guide.isEmpty()) {
				XlsxWriter.SheetOut help = workbook.sheet("guide", guide.get(0), 0);
				guide.stream().skip(1).forEach(help::row);
			}
			workbook.writeTo(out);
		}
	}

	private static List<Object> typed(List<String> header, List<String> row, Set<String> numericColumns) {
		List<Object> values = new ArrayList<>(row.size());
		for (int i = 0; i < row.size(); i++) {
			String value = row.get(i);
			values.add((i < header.size() && numericColumns.contains(header.get(i))) ? number(value) : value);
		}
		return values;
	}

	private static Object number(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

}
