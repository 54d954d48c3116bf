package org.craftsman.portal.common.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftsman.portal.admin.Multipart;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that a spreadsheet program would run as formulas leave every export of the
 * portal, the dashboard's and the admin's, as text: guarded with an apostrophe in CSV, as
 * text cells in XLSX. Renames a demo organization and award, and puts their names back.
 */
@IntegrationTest
class ExportFormulaGuardTest {

	static final String ORGANIZATION = "=HYPERLINK(\"http://x\",\"org\")";

	static final String ORGANIZATION_EN = "  +SUM(1+1)";

	static final String AWARD = "@SUM(1+1)*cmd|'/C calc'!A0";

	static final String AWARD_EN = " -2+3";

	static final String NOTE = "-2+3+cmd|' /C calc'!A0";

	static final Pattern FORMULA_START = Pattern.compile("^[\\s\\u00A0\\u3000]*[=+\\-@\\t\\r]");

	static final List<String> DASHBOARD_TABLES = List.of("totals", "hotspots", "awards", "area", "region", "category",
			"organization", "days");

	static final List<String> ADMIN_EXPORTS = List.of("areas", "results", "contracts", "awards");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	long organization;

	long award;

	Map<String, Object> organizationBefore;

	Map<String, Object> awardBefore;

	long contract;

	String noteBefore;

	@BeforeEach
	void giveFormulaNames() {
		this.organization = this.jdbc.queryForObject("""
				SELECT organization_id FROM innovation_results GROUP BY organization_id
				ORDER BY count(*) DESC, organization_id LIMIT 1""", Long.class);
		this.award = this.jdbc.queryForObject("SELECT min(award_id) FROM award_announcements WHERE published",
				Long.class);
		this.organizationBefore = this.jdbc.queryForMap("SELECT name, name_en FROM organizations WHERE id = ?",
				this.organization);
		this.awardBefore = this.jdbc.queryForMap("SELECT name, name_en FROM awards WHERE id = ?", this.award);
		this.jdbc.update("UPDATE organizations SET name = ?, name_en = ? WHERE id = ?", ORGANIZATION, ORGANIZATION_EN,
				this.organization);
		this.jdbc.update("UPDATE awards SET name = ?, name_en = ? WHERE id = ?", AWARD, AWARD_EN, this.award);
		this.contract = this.jdbc.queryForObject("SELECT min(id) FROM transformation_contracts", Long.class);
		this.noteBefore = this.jdbc.queryForObject("SELECT note FROM transformation_contracts WHERE id = ?",
				String.class, this.contract);
		this.jdbc.update("UPDATE transformation_contracts SET note = ? WHERE id = ?", NOTE, this.contract);
	}

	@AfterEach
	void putNamesBack() {
		this.jdbc.update("UPDATE organizations SET name = ?, name_en = ? WHERE id = ?",
				this.organizationBefore.get("name"), this.organizationBefore.get("name_en"), this.organization);
		this.jdbc.update("UPDATE awards SET name = ?, name_en = ? WHERE id = ?", this.awardBefore.get("name"),
				this.awardBefore.get("name_en"), this.award);
		this.jdbc.update("UPDATE transformation_contracts SET note = ? WHERE id = ?", this.noteBefore, this.contract);
	}

	@Test
	void noDashboardCsvCellStartsAFormula() throws IOException {
		WebClient staff = new WebClient(this.port).loggedInAs("staff", "demo-staff");
		List<String> cells = new ArrayList<>();
		for (String table : DASHBOARD_TABLES) {
			cells.addAll(csvCells(download(staff, "/dashboard/export/" + table + ".csv")));
			cells.addAll(csvCells(download(staff, "/dashboard/export/" + table + ".csv?lang=en")));
		}
		assertNoFormulaStart(cells);
		assertThat(cells).contains("'" + ORGANIZATION, "'" + ORGANIZATION_EN, "'" + AWARD, "'" + AWARD_EN);
	}

	@Test
	void noAdminCsvCellStartsAFormula() throws IOException {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		List<String> cells = new ArrayList<>();
		for (String kind : ADMIN_EXPORTS) {
			cells.addAll(csvCells(download(organizer, "/admin/export/" + kind + ".csv")));
			cells.addAll(csvCells(download(organizer, "/admin/import/templates/" + kind + ".csv")));
		}
		assertNoFormulaStart(cells);
		assertThat(cells).contains("'" + ORGANIZATION, "'" + NOTE);
	}

	@Test
	void everyXlsxExportHoldsTheNamesAsTextCellsNeverAsFormulas() throws IOException {
		WebClient staff = new WebClient(this.port).loggedInAs("staff", "demo-staff");
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		List<Cell> cells = new ArrayList<>();
		for (String table : DASHBOARD_TABLES) {
			cells.addAll(xlsxCells(download(staff, "/dashboard/export/" + table + ".xlsx")));
			cells.addAll(xlsxCells(download(staff, "/dashboard/export/" + table + ".xlsx?lang=en")));
		}
		for (String kind : ADMIN_EXPORTS) {
			cells.addAll(xlsxCells(download(organizer, "/admin/export/" + kind + ".xlsx")));
			cells.addAll(xlsxCells(download(organizer, "/admin/import/templates/" + kind + ".xlsx")));
		}
		assertThat(cells).noneMatch((cell) -> cell.getCellType() == CellType.FORMULA);
		List<Cell> formulaLike = cells.stream()
			.filter((cell) -> cell.getCellType() == CellType.STRING)
			.filter((cell) -> FORMULA_START.matcher(cell.getStringCellValue()).find())
			.toList();
		assertThat(formulaLike).extracting(Cell::getStringCellValue)
			.contains(ORGANIZATION, ORGANIZATION_EN, AWARD, AWARD_EN, NOTE);
		assertThat(formulaLike).as("marked so that editing the cell keeps it text")
			.allMatch((cell) -> cell.getCellStyle().getQuotePrefixed());
	}

	private static void assertNoFormulaStart(List<String> cells) {
		assertThat(cells).filteredOn((cell) -> FORMULA_START.matcher(cell).find())
			.as("cells starting a formula, other than plain numbers")
			.allMatch(ExportFormulaGuardTest::isNumber);
	}

	private static boolean isNumber(String cell) {
		try {
			new BigDecimal(cell);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private HttpResponse<byte[]> download(WebClient client, String path) {
		HttpResponse<byte[]> response = Multipart.download(client, this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response;
	}

	private static List<String> csvCells(HttpResponse<byte[]> response) throws IOException {
		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<String> cells = new ArrayList<>();
		for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
			cells.addAll(record.toList());
		}
		return cells;
	}

	private static List<Cell> xlsxCells(HttpResponse<byte[]> response) throws IOException {
		List<Cell> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					row.forEach(cells::add);
				}
			}
		}
		return cells;
	}

}
