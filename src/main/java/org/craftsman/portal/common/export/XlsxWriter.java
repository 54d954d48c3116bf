package org.craftsman.portal.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every XLSX workbook the portal exports, written as it streams: numbers as numbers,
 * dates as dates, and text always as a text cell, never as a formula. Text that looks
 * like a formula is also marked with Excel's quote prefix, so that editing the cell does
 * not turn it into one, while its value stays unchanged.
 */
public final class XlsxWriter implements AutoCloseable {

	private static final String DATE = "yyyy-mm-dd";

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final CellStyle bold;

	private final CellStyle quoted;

	private final Map<String, CellStyle> numberStyles = new HashMap<>();

	public XlsxWriter() {
		Font font = this.workbook.createFont();
		font.setBold(true);
		this.bold = this.workbook.createCellStyle();
		this.bold.setFont(font);
		this.quoted = this.workbook.createCellStyle();
		this.quoted.setQuotePrefixed(true);
	}

	/**
	 * A new sheet with its header row in bold, scrolling under the header and the given
	 * number of leading columns.
	 */
	public SheetOut sheet(String name, List<String> header, int frozenColumns) {
		SXSSFSheet sheet = this.workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		sheet.createFreezePane(frozenColumns, 1);
		SheetOut out = new SheetOut(sheet);
		Row row = sheet.createRow(out.next++);
		for (int i = 0; i < header.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(header.get(i));
			cell.setCellStyle(this.bold);
		}
		return out;
	}

	public void writeTo(OutputStream out) {
		try {
			this.workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(Cell cell, Object value, String format) {
		if (value instanceof BigDecimal decimal) {
			// A double holds every NUMERIC(14,2) amount to the fen, as spreadsheets do.
			cell.setCellValue(decimal.doubleValue());
			styleNumber(cell, format);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			styleNumber(cell, format);
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			styleNumber(cell, (format != null) ? format : DATE);
		}
		else if (value != null) {
			String text = value.toString();
			cell.setCellValue(text);
			if (FormulaGuard.formulaLike(text)) {
				cell.setCellStyle(this.quoted);
			}
		}
	}

	private void styleNumber(Cell cell, String format) {
		if (format != null) {
			cell.setCellStyle(this.numberStyles.computeIfAbsent(format, (pattern) -> {
				CellStyle style = this.workbook.createCellStyle();
				style.setDataFormat(this.workbook.createDataFormat().getFormat(pattern));
				return style;
			}));
		}
	}

	/** One sheet, written row by row. */
	public final class SheetOut {

		private final SXSSFSheet sheet;

		private int next;

		private SheetOut(SXSSFSheet sheet) {
			this.sheet = sheet;
		}

		public SheetOut width(int column, int characters) {
			this.sheet.setColumnWidth(column, characters * 256);
			return this;
		}

		public void row(List<?> values) {
			row(values, List.of());
		}

		/**
		 * @param formats each cell's number format (e.g. {@code #,##0.00}), null or
		 * missing for the general one
		 */
		public void row(List<?> values, List<String> formats) {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < values.size(); i++) {
				write(row.createCell(i), values.get(i), (i < formats.size()) ? formats.get(i) : null);
			}
		}

	}

}
