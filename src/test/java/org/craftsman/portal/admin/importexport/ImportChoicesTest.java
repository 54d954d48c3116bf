package org.craftsman.portal.admin.importexport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell that is none of its column's choices is named in the problem, with the values
 * the column accepts, in the reader's language; amounts in a file are read as the form
 * reads them.
 */
@IntegrationTest
class ImportChoicesTest {

	private static final String RESULTS = "code,title,title_en,summary,summary_en,category,region,innovators,"
			+ "innovators_en,organization_name,area_code,published,featured\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"a bad category|results|ZT-IMP,ZT 成果,,摘要,,木工手艺,广东,张三,,北京市总工会,A01,true,false|木工手艺|装备制造|Equipment manufacturing",
			"a bad region|results|ZT-IMP,ZT 成果,,摘要,,装备制造,火星,张三,,北京市总工会,A01,true,false|火星|广东|Guangdong",
			"a bad contract kind|contracts|ZT-K1,CIE-0276,北京市总工会,100,2022-04-28,GIFT,|GIFT|LICENCE (许可使用)|LICENCE (Licence)",
			"a bad area kind|areas|ZT-AX,ZT 展区,,HALL,9号馆,,,,,,,0|HALL|OFFLINE (线下交流区)|OFFLINE (Offline exchange area)" })
	void aValueNoneOfTheChoicesIsNamedWithTheAllowedValues(String what, String kind, String row, String bad,
			String chineseChoice, String englishChoice) {
		byte[] file = (header(kind) + row + "\n").getBytes(StandardCharsets.UTF_8);
		ImportDriver driver = new ImportDriver(this.port);
		String job = driver.check(kind, "upload.csv", file);

		String chinese = problems(driver.page(job));
		assertThat(chinese).contains("“" + bad + "”").contains(chineseChoice).doesNotContain("请从列表中选择");
		String english = problems(driver.client().page(job + "?lang=en"));
		assertThat(english).contains("“" + bad + "”").contains(englishChoice);
	}

	@Test
	void amountsInAFileAreReadAsTheFormReadsThem() {
		String rows = ImportFlowTest.CONTRACT_HEADER + "ZT-A1,CIE-0276,北京市总工会,\"1,250,000\",2022-04-28,TRANSFER,\n"
				+ "ZT-A2,CIE-0276,北京市总工会,１２３,2022-04-28,TRANSFER,\n"
				+ "ZT-A3,CIE-0276,北京市总工会,￥1，000.5,2022-04-28,TRANSFER,\n";
		ImportDriver driver = new ImportDriver(this.port);
		String job = driver.check("contracts", "upload.csv", rows.getBytes(StandardCharsets.UTF_8));
		driver.commit(job);

		assertThat(amount("ZT-A1")).isEqualByComparingTo("1250000");
		assertThat(amount("ZT-A2")).isEqualByComparingTo("123");
		assertThat(amount("ZT-A3")).isEqualByComparingTo("1000.50");
	}

	@Test
	void anAmountThatCouldMeanTwoThingsIsAProblemOfItsRow() {
		String rows = ImportFlowTest.CONTRACT_HEADER + "ZT-A4,CIE-0276,北京市总工会,\"1,25,0\",2022-04-28,TRANSFER,\n";
		ImportDriver driver = new ImportDriver(this.port);
		String job = driver.check("contracts", "upload.csv", rows.getBytes(StandardCharsets.UTF_8));
		assertThat(problems(driver.page(job))).contains("千位分隔符须每三位一个");
	}

	private BigDecimal amount(String number) {
		return this.jdbc.queryForObject("SELECT amount FROM transformation_contracts WHERE contract_no = ?",
				BigDecimal.class, number);
	}

	private static String problems(Document page) {
		return page.select(".alert, #errors-heading ~ table").text();
	}

	private static String header(String kind) {
		return switch (kind) {
			case "results" -> RESULTS;
			case "contracts" -> ImportFlowTest.CONTRACT_HEADER;
			default -> "code,name,name_en,kind,hall,hall_en,floor_area,theme,theme_en,description,description_en,"
					+ "display_order\n";
		};
	}

}
