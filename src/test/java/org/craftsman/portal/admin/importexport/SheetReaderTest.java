package org.craftsman.portal.admin.importexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spreadsheets as organizers produce them: Excel's UTF-8 with byte order mark or its
 * Chinese GB18030, numbers and dates as Excel stores them, and text that looks like a
 * formula.
 */
class SheetReaderTest {

	@Test
	void csvWithByteOrderMarkAndQuotedLineBreaks() throws Exception {
		Sheet sheet = SheetReader
			.read("\uFEFFCode, Title\nA1,\"two\nlines, and a comma\"\n\n".getBytes(StandardCharsets.UTF_8));
		assertThat(sheet.columns()).containsExactly("code", "title");
		assertThat(sheet.rows()).hasSize(1);
		assertThat(sheet.rows().get(0).number()).isEqualTo(2);
		assertThat(sheet.rows().get(0).cells()).containsEntry("title", "two\nlines, and a comma");
	}

	@Test
	void csvSavedByChineseExcelInGb18030() throws Exception {
		Sheet sheet = SheetReader.read("code,title\nR1,长输管道数字化测量工具\n".getBytes(Charset.forName("GB18030")));
		assertThat(sheet.rows().get(0).cells()).containsEntry("title", "长输管道数字化测量工具");
	}

	@Test
	void anUnclosedQuoteIsReportedWithItsRow() {
		assertThatThrownBy(() -> SheetReader.read("code,title\nA1,ok\nA2,\"never closed\n".getBytes()))
			.isInstanceOfSatisfying(UnreadableFileException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("admin.import.file.malformedCsv"));
	}

	@Test
	void binaryFilesAndOldExcelAreNotSpreadsheets() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };
		assertThatThrownBy(() -> SheetReader.read(png)).isInstanceOfSatisfying(UnreadableFileException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("admin.import.file.notSpreadsheet"));
		assertThatThrownBy(() -> SheetReader.read(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).isInstanceOfSatisfying(
				UnreadableFileException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("admin.import.file.unreadableXlsx"));
		assertThatThrownBy(() -> SheetReader.read(new byte[0])).isInstanceOf(UnreadableFileException.class);
	}

	@Test
	void tooManyRowsAreRefusedBeforeAnythingIsChecked() {
		StringBuilder csv = new StringBuilder("code\n");
		for (int i = 0; i <= SheetReader.MAX_ROWS; i++) {
			csv.append("A").append(i).append('\n');
		}
		assertThatThrownBy(() -> SheetReader.read(csv.toString().getBytes())).isInstanceOfSatisfying(
				UnreadableFileException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("admin.import.file.tooManyRows"));
	}

	@Test
	void xlsxNumbersDatesAndFlagsReadAsTheyWereTyped() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("amount");
			header.createCell(1).setCellValue("signed_on");
			header.createCell(2).setCellValue("published");
			header.createCell(3).setCellValue("rank");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(1234567.5);
			XSSFCellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			row.createCell(1).setCellValue(LocalDate.of(2022, 4, 28));
			row.getCell(1).setCellStyle(dateStyle);
			row.createCell(2).setCellValue(true);
			row.createCell(3).setCellValue(3);
			row.createCell(5).setCellValue("stray");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			Map<String, String> cells = SheetReader.read(out.toByteArray()).rows().get(0).cells();
			assertThat(cells).containsEntry("amount", "1234567.5")
				.containsEntry("signed_on", "2022-04-28")
				.containsEntry("published", "true")
				.containsEntry("rank", "3")
				.containsEntry("#6", "stray");
		}
	}

	@Test
	void formulaLikeTextIsDefusedInCsvAndReadBackUnchanged() throws IOException, UnreadableFileException {
		List<String> values = List.of("=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "'=kept", "plain",
				"'quoted");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SheetWriter.write(FileFormat.CSV, List.of("a", "b", "c", "d", "e", "f", "g"), List.of(values), Set.of(), out);
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).contains("'=HYPERLINK", "'+1", "'-2", "'@SUM", "''=kept").doesNotContain(",=");
		Map<String, String> cells = SheetReader.read(out.toByteArray()).rows().get(0).cells();
		assertThat(cells.values()).containsExactlyElementsOf(values);
	}

	@Test
	void xlsxKeepsLargeAmountsExact() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SheetWriter.write(FileFormat.XLSX, List.of("amount", "note"),
				List.of(List.of("999999999999.99", "=1+1"), List.of("0.01", "")), Set.of("amount"), out);
		Sheet sheet = SheetReader.read(out.toByteArray());
		assertThat(sheet.rows().get(0).cells()).containsEntry("amount", "999999999999.99")
			.containsEntry("note", "=1+1");
		assertThat(sheet.rows().get(1).cells()).containsEntry("amount", "0.01");
	}

}
