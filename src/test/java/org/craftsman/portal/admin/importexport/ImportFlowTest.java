package org.craftsman.portal.admin.importexport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file is checked before anything is written, imported all at once or not at all, and
 * importing it again changes nothing.
 */
@IntegrationTest
class ImportFlowTest {

	static final String CONTRACT_HEADER = "contract_no,result_code,transferee_name,amount,signed_on,kind,note\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	@Test
	void theCheckListsEveryProblemWithRowAndColumnAndWritesNothing() {
		Map<String, Long> before = TestRows.counts(this.jdbc);
		String csv = CONTRACT_HEADER + "ZT-I1,CIE-0276,唐山永盛船舶重工有限公司,1000.00,2022-04-28,TRANSFER,\n"
				+ "ZT-I2,NO-SUCH,唐山永盛船舶重工有限公司,abc,2022-02-30,BARTER,\n"
				+ "ZT-I1,CIE-0276,唐山永盛船舶重工有限公司,2000.00,2022-04-28,TRANSFER,\n";
		ImportDriver driver = new ImportDriver(this.port);
		String job = driver.check("contracts", "contracts.csv", csv.getBytes(StandardCharsets.UTF_8));
		Document page = driver.page(job);
		List<String> problems = page.select("#errors-heading ~ table tbody tr")
			.stream()
			.map((row) -> row.select("td").eachText())
			.map((cells) -> String.join(" | ", cells))
			.toList();
		assertThat(problems).containsExactly("3 | result_code | 没有编号为“NO-SUCH”的成果。", "3 | amount | 请输入数字，例如 12500.50。",
				"3 | signed_on | 请输入真实存在的日期，格式为 YYYY-MM-DD，例如 2022-04-28。",
				"3 | kind | “BARTER”不是可接受的值。请使用以下之一：TRANSFER (成果转让)、LICENCE (许可使用)、"
						+ "JOINT_DEVELOPMENT (合作开发)、EQUITY (作价入股)、TECH_SERVICE (技术服务)。",
				"4 | contract_no | 同一条记录已出现在本文件第 2 行。");
		assertThat(page.select(".alert-error").text()).contains("有 2 行存在 5 个问题");
		assertThat(page.select("form[action$=/commit]")).isEmpty();
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void problemsReadInEnglishForEnglishReaders() {
		String csv = CONTRACT_HEADER + "ZT-I3,CIE-0276,唐山永盛船舶重工有限公司,-5,2022-04-28,TRANSFER,\n";
		ImportDriver driver = new ImportDriver(this.port);
		String job = driver.check("contracts", "contracts.csv", csv.getBytes(StandardCharsets.UTF_8));
		Document page = new org.craftsman.portal.support.WebClient(this.port).acceptLanguage("en")
			.loggedInAs("organizer", "demo-organizer")
			.page(job);
		assertThat(page.select("#errors-heading ~ table tbody td").eachText()).contains("amount",
				"Enter an amount greater than zero.");
	}

	@Test
	void aCheckedFileIsImportedOnceAndAgainChangesNothing() {
		this.jdbc
			.update("""
					INSERT INTO transformation_contracts (contract_no, result_id, transferee_id, amount, signed_on, kind)
					VALUES ('ZT-I0', (SELECT id FROM innovation_results WHERE code = 'CIE-0276'), 1, 500, DATE '2022-04-27', 'TRANSFER')""");
		String csv = CONTRACT_HEADER + "ZT-I0,CIE-0276,北京市总工会,750.00,2022-04-27,TRANSFER,\n"
				+ "ZT-I4,CIE-0276,唐山永盛船舶重工有限公司,1000.00,2022-04-28,LICENCE,首批\n"
				+ "ZT-I5,CIE-0180,唐山永盛船舶重工有限公司,2500.50,2022-04-29,EQUITY,\"含,逗号\"\n";
		byte[] file = csv.getBytes(StandardCharsets.UTF_8);
		ImportDriver driver = new ImportDriver(this.port);
		String job = driver.check("contracts", "contracts.csv", file);
		assertThat(driver.page(job).select(".admin-report dd").eachText()).containsExactly("3", "2", "1", "0", "0");

		Document done = driver.commit(job);
		assertThat(done.select(".alert-info").text()).contains("新增 2 条，修改 1 条");
		assertThat(this.jdbc.queryForObject("SELECT amount FROM transformation_contracts WHERE contract_no = 'ZT-I0'",
				java.math.BigDecimal.class))
			.isEqualByComparingTo("750.00");
		assertThat(this.jdbc.queryForObject("SELECT note FROM transformation_contracts WHERE contract_no = 'ZT-I5'",
				String.class))
			.isEqualTo("含,逗号");
		assertThat(this.jdbc.queryForList("""
				SELECT entity_label FROM audit_log WHERE action = 'IMPORT' AND entity_type = 'CONTRACTS'
				ORDER BY id DESC LIMIT 4""", String.class)).contains("ZT-I0", "ZT-I4", "ZT-I5",
				"contracts.csv (+2 / ~1)");
		assertThat(this.jdbc.queryForObject("""
				SELECT changes::text FROM audit_log WHERE action = 'IMPORT' AND entity_label = 'ZT-I0'
				ORDER BY id DESC LIMIT 1""", String.class)).contains("\"before\": \"500\"", "\"after\": \"750\"");

		Map<String, Long> imported = TestRows.counts(this.jdbc);
		String again = driver.check("contracts", "contracts.csv", file);
		assertThat(driver.page(again).select(".admin-report dd").eachText()).containsExactly("3", "0", "0", "3", "0");
		assertThat(driver.commit(again).select(".alert-info").text()).contains("不会产生任何变化");
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(imported);
	}

	@Test
	void aFileThatBecameWrongAfterItsCheckIsNotImportedAtAll() {
		this.jdbc
			.update("""
					INSERT INTO innovation_results (code, title, summary, category, region, innovators, organization_id, area_id)
					VALUES ('ZT-GONE', 'ZT 将被删除', '摘要', '装备制造', '广东', '张三', 1, 1)""");
		String csv = CONTRACT_HEADER + "ZT-I6,CIE-0276,唐山永盛船舶重工有限公司,1000.00,2022-04-28,TRANSFER,\n"
				+ "ZT-I7,ZT-GONE,唐山永盛船舶重工有限公司,1000.00,2022-04-28,TRANSFER,\n";
		ImportDriver driver = new ImportDriver(this.port);
		String job = driver.check("contracts", "contracts.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(driver.page(job).select("form[action$=/commit]")).hasSize(1);
		this.jdbc.update("DELETE FROM innovation_results WHERE code = 'ZT-GONE'");
		Map<String, Long> before = TestRows.counts(this.jdbc);
		Document page = driver.commit(job);
		assertThat(page.select("#errors-heading ~ table tbody td").eachText()).contains("3", "result_code");
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM transformation_contracts WHERE contract_no = 'ZT-I6'",
				Long.class))
			.isZero();
	}

	@Test
	void thousandsOfRowsShowTheirProgressAndImportInOneGo() {
		StringBuilder csv = new StringBuilder(
				"code,title,title_en,summary,summary_en,category,region,innovators,innovators_en,organization_name,"
						+ "area_code,published,featured\n");
		int rows = 6000;
		for (int i = 1; i <= rows; i++) {
			csv.append("ZT-BULK-")
				.append(i)
				.append(",ZT 批量成果 ")
				.append(i)
				.append(",Bulk result ")
				.append(i)
				.append(",批量导入的测试成果。,A bulk test result.,装备制造,广东,张三、李四,,北京市总工会,A01,true,false\n");
		}
		ImportDriver driver = new ImportDriver(this.port);
		var upload = driver.upload("results", "bulk.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		String job = upload.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		Document running = driver.page(job);
		Element progress = running.selectFirst("[data-progress-url]");
		long started = System.nanoTime();
		String checked = driver.check("results", "bulk.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		long checkMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(progress).as("the job page shows progress while checking").isNotNull();
		assertThat(progress.attr("data-progress-url")).isEqualTo(job + "/progress");
		assertThat(progress.select("progress")).hasSize(1);
		assertThat(driver.progressSeen).anyMatch((seen) -> seen.contains("\"status\":\"CHECKING\""));
		assertThat(driver.progressSeen.get(driver.progressSeen.size() - 1)).contains("\"processed\":6000",
				"\"total\":6000");

		started = System.nanoTime();
		Document done = driver.commit(checked);
		long commitMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(done.select(".alert-info").text()).contains("新增 6,000 条");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM innovation_results WHERE code LIKE 'ZT-BULK-%'",
				Long.class))
			.isEqualTo(rows);
		System.out.printf("Import of %d results: checked in %d ms, imported in %d ms%n", rows, checkMillis,
				commitMillis);
	}

}
