package org.craftsman.portal.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftsman.portal.dashboard.DataTable.Cell;
import org.craftsman.portal.dashboard.DataTable.Column;
import org.craftsman.portal.dashboard.DataTable.Kind;

import org.springframework.stereotype.Component;

/**
 * Writes a dashboard table as CSV (UTF-8 with a byte order mark, so that spreadsheet
 * programs read Chinese correctly; plain numbers and ISO dates) or as an XLSX workbook
 * (numbers as numbers, amounts to the fen).
 */
@Component
public class TableExports {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	public byte[] csv(DataTable table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(UTF8_BOM);
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			csv.printRecord(table.columns().stream().map(Column::label).toList());
			for (List<Cell> row : rowsWithTotal(table)) {
				csv.printRecord(row.stream().map(Cell::raw).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public byte[] xlsx(DataTable table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
			Row heading = sheet.createRow(0);
			for (int i = 0; i < table.columns().size(); i++) {
				org.apache.poi.ss.usermodel.Cell cell = heading.createCell(i);
				cell.setCellValue(table.columns().get(i).label());
				cell.setCellStyle(styles.heading);
				sheet.setColumnWidth(i, (i == 0) ? 40 * 256 : 18 * 256);
			}
			int index = 1;
			for (List<Cell> values : rowsWithTotal(table)) {
				Row row = sheet.createRow(index++);
				for (int i = 0; i < values.size(); i++) {
					write(row.createCell(i), values.get(i), table.columns().get(i).kind(), styles);
				}
			}
			sheet.createFreezePane(1, 1);
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(org.apache.poi.ss.usermodel.Cell cell, Cell value, Kind kind, Styles styles) {
		Object content = value.value();
		if (content instanceof Long count) {
			cell.setCellValue(count);
			cell.setCellStyle(styles.count);
		}
		else if (content instanceof BigDecimal decimal) {
			// A double holds every NUMERIC(14,2) amount to the fen, as spreadsheets do.
			cell.setCellValue(decimal.doubleValue());
			cell.setCellStyle((kind == Kind.PERCENT) ? styles.percent : styles.money);
		}
		else if (content instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle((kind == Kind.MONTH) ? styles.month : styles.date);
		}
		else if (content != null) {
			cell.setCellValue(content.toString());
		}
	}

	private static List<List<Cell>> rowsWithTotal(DataTable table) {
		List<List<Cell>> rows = new ArrayList<>(table.rows().stream().map(DataTable.Row::cells).toList());
		if (table.total() != null) {
			rows.add(table.total());
		}
		return rows;
	}

	private static final class Styles {

		final CellStyle heading;

		final CellStyle count;

		final CellStyle money;

		final CellStyle percent;

		final CellStyle date;

		final CellStyle month;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.heading = workbook.createCellStyle();
			this.heading.setFont(bold);
			this.count = numberStyle(workbook, "#,##0");
			this.money = numberStyle(workbook, "#,##0.00");
			this.percent = numberStyle(workbook, "0.0");
			this.date = numberStyle(workbook, "yyyy-mm-dd");
			this.month = numberStyle(workbook, "yyyy-mm");
		}

		private static CellStyle numberStyle(XSSFWorkbook workbook, String format) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
			return style;
		}

	}

}
