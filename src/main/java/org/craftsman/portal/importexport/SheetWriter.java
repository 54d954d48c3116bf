package org.craftsman.portal.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows as CSV (UTF-8 with byte order mark, so that Excel shows Chinese correctly)
 * or XLSX. What it writes, {@link SheetReader} reads back unchanged.
 */
final class SheetWriter {

	/**
	 * Text a spreadsheet program would run as a formula starts with one of these; CSV
	 * cells get a protective apostrophe in front, which the reader removes again.
	 */
	private static final Pattern FORMULA_LIKE = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);

	private static final Pattern PROTECTED = Pattern.compile("^'+[=+\\-@\\t\\r].*", Pattern.DOTALL);

	private SheetWriter() {
	}

	/**
	 * Writes a header row and the data rows.
	 * @param numericColumns the columns written as numbers in XLSX (text in CSV)
	 */
	static void write(FileFormat format, List<String> header, Iterable<List<String>> rows, Set<String> numericColumns,
			OutputStream out) {
		try {
			if (format == FileFormat.CSV) {
				writeCsv(header, rows, out);
			}
			else {
				writeXlsx(header, rows, numericColumns, List.of(), out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An XLSX template: the header row, and a second sheet that explains each column. */
	static void writeTemplate(FileFormat format, List<String> header, List<List<String>> guide, OutputStream out) {
		try {
			if (format == FileFormat.CSV) {
				writeCsv(header, List.of(), out);
			}
			else {
				writeXlsx(header, List.of(), Set.of(), guide, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String protect(String value) {
		return FORMULA_LIKE.matcher(value).matches() ? "'" + value : value;
	}

	static String unprotect(String value) {
		return PROTECTED.matcher(value).matches() ? value.substring(1) : value;
	}

	private static void writeCsv(List<String> header, Iterable<List<String>> rows, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(header);
		for (List<String> row : rows) {
			printer.printRecord(row.stream().map(SheetWriter::protect).toList());
		}
		printer.flush();
	}

	private static void writeXlsx(List<String> header, Iterable<List<String>> rows, Set<String> numericColumns,
			List<List<String>> guide, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			SXSSFSheet sheet = workbook.createSheet("data");
			sheet.createFreezePane(0, 1);
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
				head.getCell(i).setCellStyle(bold);
			}
			int number = 1;
			for (List<String> values : rows) {
				Row row = sheet.createRow(number++);
				for (int i = 0; i < values.size(); i++) {
					String value = values.get(i);
					if (numericColumns.contains(header.get(i)) && !value.isEmpty()) {
						row.createCell(i).setCellValue(new BigDecimal(value).doubleValue());
					}
					else {
						row.createCell(i).setCellValue(value);
					}
				}
			}
			if (!guide.isEmpty()) {
				SXSSFSheet help = workbook.createSheet("guide");
				for (int r = 0; r < guide.size(); r++) {
					Row row = help.createRow(r);
					for (int i = 0; i < guide.get(r).size(); i++) {
						row.createCell(i).setCellValue(guide.get(r).get(i));
						if (r == 0) {
							row.getCell(i).setCellStyle(bold);
						}
					}
				}
			}
			workbook.write(out);
			workbook.close();
		}
	}

}
