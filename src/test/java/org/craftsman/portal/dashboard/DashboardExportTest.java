package org.craftsman.portal.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DashboardExportTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void csvHoldsTheTableWithExactAmountsAndItsTotal() throws IOException {
		HttpResponse<byte[]> response = download("/dashboard/export/days.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
		assertThat(response.headers().firstValue("Content-Disposition")).get()
			.asString()
			.contains("attachment")
			.contains("dashboard-days.csv");
		byte[] body = response.body();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = CSVFormat.RFC4180
			.parse(new java.io.StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records.get(0).toList()).containsExactly("签约日期", "合同数", "金额（元）", "首次签约成果数");
		assertThat(records).hasSize(5);
		assertThat(records.get(1).get(0)).isEqualTo("2022-04-27");
		CSVRecord total = records.get(4);
		assertThat(total.toList()).containsExactly("合计", "532", "100000000.00", "495");
		long contracts = 0;
		java.math.BigDecimal amount = java.math.BigDecimal.ZERO;
		for (CSVRecord day : records.subList(1, 4)) {
			contracts += Long.parseLong(day.get(1));
			amount = amount.add(new java.math.BigDecimal(day.get(2)));
		}
		assertThat(contracts).isEqualTo(532);
		assertThat(amount).isEqualByComparingTo("100000000.00");
	}

	@Test
	void xlsxHoldsTheSameNumbersAsNumbers() throws IOException {
		HttpResponse<byte[]> response = download("/dashboard/export/region.xlsx");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("成果与签约（按地区）");
			List<String> heading = new ArrayList<>();
			sheet.getRow(0).forEach((cell) -> heading.add(cell.getStringCellValue()));
			assertThat(heading).containsExactly("地区", "成果数", "签约成果数", "合同数", "金额（元）", "金额占比（%）");
			Row total = sheet.getRow(sheet.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(680);
			assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(532);
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(100_000_000.00);
			assertThat(total.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			double sum = 0;
			for (int i = 1; i < sheet.getLastRowNum(); i++) {
				sum += sheet.getRow(i).getCell(4).getNumericCellValue();
			}
			assertThat(sum).isEqualTo(100_000_000.00);
		}
	}

	@Test
	void exportsKeepThePeriodAndTheLanguage() throws IOException {
		HttpResponse<byte[]> response = download(
				"/dashboard/export/category.csv?from=2022-04-29&to=2022-04-29&lang=en");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition")).get()
			.asString()
			.contains("dashboard-category-from-2022-04-29-to-2022-04-29.csv");
		String csv = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("Industry category,Newly signed results,Contracts,Amount (yuan),Share of amount (%)");
		BigDecimal closingDay = this.jdbc.queryForObject(
				"SELECT sum(amount) FROM transformation_contracts WHERE signed_on = DATE '2022-04-29'",
				BigDecimal.class);
		assertThat(csv).contains("Total,").contains(",320," + closingDay.toPlainString() + ",");
	}

	@ParameterizedTest
	@ValueSource(strings = { "totals", "hotspots", "awards", "area", "region", "category", "organization", "days" })
	void everyDashboardTableExportsInBothFormats(String table) throws IOException {
		for (String format : List.of("csv", "xlsx")) {
			HttpResponse<byte[]> response = download("/dashboard/export/" + table + "." + format);
			assertThat(response.statusCode()).as(table + "." + format).isEqualTo(200);
			assertThat(response.body().length).isGreaterThan(10);
		}
	}

	@Test
	void unknownTablesAndBadPeriodsAreRefusedCleanly() throws IOException {
		assertThat(download("/dashboard/export/secrets.csv").statusCode()).isEqualTo(404);
		assertThat(download("/dashboard/export/region.pdf").statusCode()).isEqualTo(404);
		HttpResponse<byte[]> bad = download("/dashboard/export/region.csv?from=2022-02-30");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(new String(bad.body(), StandardCharsets.UTF_8)).doesNotContain("Exception");
	}

	private HttpResponse<byte[]> download(String path) throws IOException {
		WebClient staff = new WebClient(this.port).loggedInAs("staff", "demo-staff");
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", "SESSION=" + staff.cookie("SESSION"))
			.header("Accept-Language", "zh-CN")
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
