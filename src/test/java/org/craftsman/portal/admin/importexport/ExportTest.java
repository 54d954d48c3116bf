package org.craftsman.portal.admin.importexport;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.craftsman.portal.admin.Multipart;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports and templates download as files a spreadsheet program opens directly.
 */
@IntegrationTest
class ExportTest {

	@LocalServerPort
	int port;

	@Test
	void contractsExportAsCsvWithEveryColumnAndExactAmounts() {
		HttpResponse<byte[]> response = download("/admin/export/contracts.csv");
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
		assertThat(response.headers().firstValue("Content-Disposition")).get()
			.asString()
			.startsWith("attachment; filename=\"contracts-")
			.endsWith(".csv\"");
		String csv = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFcontract_no,result_code,transferee_name,amount,signed_on,kind,note\r\n");
		assertThat(csv.lines()).hasSize(533);
		assertThat(csv).contains("CIE2022-0001,CIE-0001,");
	}

	@Test
	void theXlsxTemplateNamesEveryColumnAndExplainsItInTheReadersLanguage() throws Exception {
		WebClient english = new WebClient(this.port).acceptLanguage("en").loggedInAs("organizer", "demo-organizer");
		HttpResponse<byte[]> response = Multipart.download(english, this.port,
				"/admin/import/templates/results.xlsx?lang=en");
		assertThat(response.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
			assertThat(workbook.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo((short) 14);
			var guide = workbook.getSheet("guide");
			assertThat(guide.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Code");
			assertThat(guide.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Yes");
			assertThat(guide.getRow(6).getCell(3).getStringCellValue()).contains("装备制造");
		}
	}

	@Test
	void theCsvTemplateIsTheHeaderRow() {
		String csv = new String(download("/admin/import/templates/awards.csv").body(), StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFFaward_code,rank,recipient_name,recipient_name_en,recipient_title,"
				+ "recipient_title_en,organization_name,result_code,citation,citation_en,announced_on,published\r\n");
	}

	@Test
	void exportsAreForOrganizersOnly() {
		assertThat(new WebClient(this.port).get("/admin/export/contracts.csv").statusCode()).isEqualTo(302);
		assertThat(new WebClient(this.port).loggedInAs("staff", "demo-staff")
			.get("/admin/export/results.xlsx")
			.statusCode()).isEqualTo(403);
	}

	private HttpResponse<byte[]> download(String path) {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		HttpResponse<byte[]> response = Multipart.download(organizer, this.port, path);
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

}
