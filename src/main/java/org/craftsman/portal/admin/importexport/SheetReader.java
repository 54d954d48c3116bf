package org.craftsman.portal.admin.importexport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftsman.portal.common.export.FormulaGuard;

/**
 * Reads an uploaded CSV or XLSX file into a {@link Sheet}. The format is recognised by
 * content, not by name; CSV may be UTF-8 (with or without byte order mark) or GB18030, as
 * Chinese Excel saves it. Anything else, and anything too large, is refused with a
 * reason.
 */
final class SheetReader {

	static final int MAX_ROWS = 20_000;

	static final int MAX_COLUMNS = 100;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private SheetReader() {
	}

	static Sheet read(byte[] content) throws UnreadableFileException {
		if (content.length == 0) {
			throw new UnreadableFileException("admin.import.file.empty");
		}
		return (FileFormat.detect(content) == FileFormat.XLSX) ? readXlsx(content) : readCsv(content);
	}

	private static Sheet readCsv(byte[] content) throws UnreadableFileException {
		String text = decode(content);
		List<String> columns = null;
		List<Sheet.Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder().setTrim(false).get().parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				int number = (int) record.getRecordNumber();
				List<String> values = record.toList();
				if (columns == null) {
					columns = header(values);
					continue;
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				rows.add(row(number, columns, values, true));
				if (rows.size() > MAX_ROWS) {
					throw new UnreadableFileException("admin.import.file.tooManyRows", MAX_ROWS);
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new UnreadableFileException("admin.import.file.malformedCsv", rows.size() + 2);
		}
		if (columns == null) {
			throw new UnreadableFileException("admin.import.file.empty");
		}
		return new Sheet(columns, rows);
	}

	private static Sheet readXlsx(byte[] content) throws UnreadableFileException {
		try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = new XSSFWorkbook(in)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new UnreadableFileException("admin.import.file.empty");
			}
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS + 1) {
				throw new UnreadableFileException("admin.import.file.tooManyRows", MAX_ROWS);
			}
			List<String> columns = null;
			List<Sheet.Row> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS + 1);
				for (int i = 0; i < width; i++) {
					values.add(text(row.getCell(i)));
				}
				if (columns == null) {
					columns = header(values);
					continue;
				}
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				rows.add(row(row.getRowNum() + 1, columns, values, false));
			}
			if (columns == null) {
				throw new UnreadableFileException("admin.import.file.empty");
			}
			return new Sheet(columns, rows);
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// POI reports broken, encrypted or oversized archives with assorted
			// exceptions.
			throw new UnreadableFileException("admin.import.file.unreadableXlsx");
		}
	}

	private static List<String> header(List<String> values) throws UnreadableFileException {
		if (values.size() > MAX_COLUMNS) {
			throw new UnreadableFileException("admin.import.file.tooManyColumns", MAX_COLUMNS);
		}
		List<String> columns = new ArrayList<>();
		for (String value : values) {
			columns.add(value.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
		}
		while (!columns.isEmpty() && columns.get(columns.size() - 1).isEmpty()) {
			columns.remove(columns.size() - 1);
		}
		if (columns.isEmpty()) {
			throw new UnreadableFileException("admin.import.file.noHeader");
		}
		return columns;
	}

	private static Sheet.Row row(int number, List<String> columns, List<String> values, boolean csv) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			String value = (i < values.size()) ? values.get(i) : "";
			cells.put(columns.get(i), csv ? FormulaGuard.unprotect(value) : value);
		}
		for (int i = columns.size(); i < values.size(); i++) {
			if (!values.get(i).isBlank()) {
				cells.put("#" + (i + 1), values.get(i));
			}
		}
		return new Sheet.Row(number, cells);
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case NUMERIC -> number(cell);
			default -> "";
		};
	}

	private static String number(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime time = cell.getLocalDateTimeCellValue();
			return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
					: time.toString();
		}
		BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	private static String decode(byte[] content) throws UnreadableFileException {
		for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
			try {
				String text = charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
				if (looksLikeText(text)) {
					return text.startsWith("\uFEFF") ? text.substring(1) : text;
				}
			}
			catch (CharacterCodingException ex) {
				// try the next encoding
			}
		}
		throw new UnreadableFileException("admin.import.file.notSpreadsheet");
	}

	/** Binary files decode to text full of control characters; spreadsheets do not. */
	private static boolean looksLikeText(String text) {
		int sample = Math.min(text.length(), 8192);
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
				return false;
			}
		}
		return true;
	}

}
