package org.craftsman.portal.admin.importexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken, hostile and wrong files given to the import: each is turned down with a reason
 * on the upload form or in the check's list of problems, and nothing is written.
 */
@IntegrationTest
class BadImportTest {

	private static final String RESULTS = "code,title,title_en,summary,summary_en,category,region,innovators,"
			+ "innovators_en,organization_name,area_code,published,featured\n";

	private static final String GOOD_RESULT = "ZT-IMP,ZT 成果,,摘要,,装备制造,广东,张三,,北京市总工会,A01,true,false\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	static Stream<Arguments> badFiles() throws IOException {
		return Stream.of(file("an empty file", "results", new byte[0], "文件是空的"),
				file("only a header", "results", RESULTS.getBytes(), "不会产生任何变化"),
				file("a picture named .csv", "results", png(), "这不是 CSV 或 XLSX 文件"),
				file("an old .xls workbook", "results",
						new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
								(byte) 0xE1 },
						"旧版 Excel"),
				file("a zip that is no workbook", "results", zip("hello.txt", "hi"), "无法读取"),
				file("a truncated workbook", "results", Arrays.copyOf(zip("xl/workbook.xml", "<x/>"), 30), "无法读取"),
				file("an unclosed quote", "results", (RESULTS + "ZT-1,\"never closed\n").getBytes(), "未闭合的引号"),
				file("the wrong header", "results", "name,age\nBob,3\n".getBytes(), "缺少以下列"),
				file("a column too many", "results",
						(RESULTS.strip() + ",secret\n" + GOOD_RESULT.strip() + ",x\n").getBytes(), "以下列无法识别：secret"),
				file("a repeated column", "results",
						(RESULTS.strip() + ",code\n" + GOOD_RESULT.strip() + ",ZT-2\n").getBytes(), "重复的列"),
				file("a cell beyond the header", "results", (RESULTS + GOOD_RESULT.strip() + ",,stray\n").getBytes(),
						"没有对应的列名"),
				file("contracts in a results upload", "results",
						(ImportFlowTest.CONTRACT_HEADER + "ZT-1,CIE-0001,北京市总工会,1,2022-04-28,TRANSFER,\n").getBytes(),
						"缺少以下列"),
				file("a NUL byte in a cell", "results",
						(RESULTS + GOOD_RESULT.replace("ZT 成果", "ZT \u0000")).getBytes(StandardCharsets.UTF_8),
						"这不是 CSV 或 XLSX 文件"),
				file("a direction override in a name", "results",
						(RESULTS + GOOD_RESULT.replace("ZT 成果", "ZT \u202E果成")).getBytes(StandardCharsets.UTF_8),
						"请删除文字中的控制字符"),
				file("an overlong title", "results",
						(RESULTS + GOOD_RESULT.replace("ZT 成果", "ZT" + "题".repeat(400)))
							.getBytes(StandardCharsets.UTF_8),
						"最多 300 个字符"),
				file("SQL in a code", "results",
						(RESULTS + GOOD_RESULT.replace("ZT-IMP", "ZT'; DROP TABLE awards;--"))
							.getBytes(StandardCharsets.UTF_8),
						"只能使用字母"),
				file("a negative amount", "contracts",
						(ImportFlowTest.CONTRACT_HEADER + "ZT-N1,CIE-0276,北京市总工会,-100,2022-04-28,TRANSFER,\n")
							.getBytes(),
						"金额必须大于零"),
				file("an absurd amount", "contracts",
						(ImportFlowTest.CONTRACT_HEADER + "ZT-N2,CIE-0276,北京市总工会,1e30,2022-04-28,TRANSFER,\n")
							.getBytes(),
						"不能大于"),
				file("an impossible date", "contracts",
						(ImportFlowTest.CONTRACT_HEADER + "ZT-N3,CIE-0276,北京市总工会,100,2022-02-29,TRANSFER,\n")
							.getBytes(),
						"真实存在的日期"),
				file("a foreign result", "contracts",
						(ImportFlowTest.CONTRACT_HEADER + "ZT-N4,OTHER-CONF-1,北京市总工会,100,2022-04-28,TRANSFER,\n")
							.getBytes(),
						"没有编号为“OTHER-CONF-1”的成果"),
				file("an online area with floor space", "areas",
						("code,name,name_en,kind,hall,hall_en,floor_area,theme,theme_en,description,description_en,"
								+ "display_order\n" + "ZT-ON,ZT 线上,,ONLINE,云展厅,,50,,,,,0\n")
							.getBytes(StandardCharsets.UTF_8),
						"线上展区没有展览面积"),
				file("an organization award without organization", "awards",
						("award_code,rank,recipient_name,recipient_name_en,recipient_title,recipient_title_en,"
								+ "organization_name,result_code,citation,citation_en,announced_on,published\n"
								+ "BEST_ORGANIZATION,77,ZT 新人,,,,,,,,2022-04-29,true\n")
							.getBytes(StandardCharsets.UTF_8),
						"此奖项必须填写此项"),
				file("a huge file", "results", huge(), "超过 20,000 行"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadFileIsTurnedDownWithAReasonAndNothingIsWritten(String what, String kind, byte[] content, String reason) {
		Map<String, Long> before = TestRows.counts(this.jdbc);
		ImportDriver driver = new ImportDriver(this.port);
		HttpResponse<String> upload = driver.upload(kind, "upload.csv", content);
		assertThat(upload.statusCode()).isIn(200, 302);
		assertThat(upload.body()).doesNotContain("Exception");
		String shown;
		if (upload.statusCode() == 200) {
			shown = Jsoup.parse(upload.body()).select(".field-error").text();
		}
		else {
			String job = driver.check(kind, "upload.csv", content);
			Document page = driver.page(job);
			assertThat(page.select("form[action$=/commit]")).isEmpty();
			shown = page.select(".alert, #errors-heading ~ table").text();
			assertThat(driver.client().post(job + "/commit", Map.of(), job).statusCode()).isEqualTo(302);
		}
		assertThat(shown).contains(reason);
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedUploads")
	void anUploadWithoutKindOrFileIsRefusedOnTheForm(String what, String kind, byte[] content, String reason) {
		ImportDriver driver = new ImportDriver(this.port);
		HttpResponse<String> response = (content == null)
				? driver.client().post("/admin/import", Map.of("kind", kind), "/admin/import")
				: driver.upload(kind, "x.csv", content);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select(".field-error").text()).contains(reason);
	}

	static Stream<Arguments> refusedUploads() {
		return Stream.of(Arguments.of("no file", "results", null, "请选择 CSV 或 XLSX 文件"),
				Arguments.of("an unknown kind", "people", GOOD_RESULT.getBytes(), "请选择文件内容"),
				Arguments.of("an over-large file", "results", new byte[21 * 1024 * 1024], "超过 20 MB"));
	}

	private static Arguments file(String what, String kind, byte[] content, String reason) {
		return Arguments.of(what, kind, content, reason);
	}

	private static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
	}

	private static byte[] zip(String entry, String content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] huge() {
		StringBuilder csv = new StringBuilder(RESULTS);
		for (int i = 0; i < 20_050; i++) {
			csv.append(GOOD_RESULT.replace("ZT-IMP", "ZT-H" + i));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
