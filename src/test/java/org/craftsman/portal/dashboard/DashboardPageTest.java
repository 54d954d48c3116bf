package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DashboardPageTest {

	static final List<String> TABLES = List.of("hotspots", "awards", "area", "region", "category", "organization",
			"days");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRows() {
		new TestRows(this.jdbc, 0).deleteAll();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/dashboard", "/dashboard/screen", "/dashboard/screen/data", "/dashboard/export/region.csv",
					"/api/stats/breakdown?by=area", "/api/stats/breakdown?by=region&top=3", "/api/stats/breakdown" })
	void anonymousVisitorsAreSentToLogin(String path) {
		HttpResponse<String> response = new WebClient(this.port).get(path);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "staff:demo-staff", "organizer:demo-organizer" })
	void staffAndOrganizersOpenTheDashboard(String account) {
		String[] credentials = account.split(":");
		WebClient browser = new WebClient(this.port).loggedInAs(credentials[0], credentials[1]);
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(browser.get("/dashboard/screen").statusCode()).isEqualTo(200);
		assertThat(browser.get("/api/stats/breakdown?by=category").statusCode()).isEqualTo(200);
	}

	@Test
	void theDashboardShowsTheSeedFiguresAndEveryBreakdownAddsUp() {
		Document page = staff().page("/dashboard");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.title()).isEqualTo("数据看板 · 大国工匠创新交流大会");
		assertThat(figure(page, "offlineAreas")).isEqualTo("77");
		assertThat(figure(page, "onlineAreas")).isEqualTo("8");
		assertThat(figure(page, "floorArea")).isEqualTo("10,260 m²");
		assertThat(figure(page, "hotspots")).isEqualTo("440");
		assertThat(figure(page, "results")).isEqualTo("680");
		assertThat(figure(page, "signedResults")).isEqualTo("495");
		assertThat(figure(page, "contracts")).isEqualTo("532");
		assertThat(figure(page, "contractAmount")).isEqualTo("1亿元 ¥100,000,000.00");
		assertThat(figure(page, "awards")).isEqualTo("52");
		assertThat(figure(page, "visits")).isEqualTo("411万 4,110,000");
		assertThat(figure(page, "likes")).isEqualTo("3081万 30,810,000");
		assertThat(figure(page, "liveViews")).isEqualTo("530万 5,300,000");
		assertEveryTableAddsUp(page);
		assertThat(totalRow(page, "region")).containsExactly("合计", "680", "495", "532", "¥100,000,000.00", "100.0%");
		assertThat(totalRow(page, "hotspots")).containsExactly("合计", "440");
		assertThat(totalRow(page, "awards")).containsExactly("合计", "52");
		assertThat(totalRow(page, "days")).containsExactly("合计", "532", "¥100,000,000.00", "495");
		assertThat(page.select("#table-days tbody th").eachText()).containsExactly("2022年4月27日", "2022年4月28日",
				"2022年4月29日");
	}

	@Test
	void breakdownsShowTheTopTenAndFoldTheRest() {
		Document page = staff().page("/dashboard");
		List<Element> areaRows = page.select("#table-area tbody tr");
		assertThat(areaRows).hasSize(DashboardService.TOP + 1);
		assertThat(areaRows.get(DashboardService.TOP).attr("data-folded")).isEqualTo("true");
		assertThat(areaRows.get(DashboardService.TOP).selectFirst("th").text()).matches("其他（\\d+ 个）");
		List<BigDecimal> amounts = page.select("#table-area tbody tr:not([data-folded]) td[data-label=金额（元）]")
			.eachAttr("data-value")
			.stream()
			.map(BigDecimal::new)
			.toList();
		assertThat(amounts).hasSize(DashboardService.TOP).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(page.select("#table-category tbody tr")).hasSize(11);
	}

	@Test
	void everyChartHasTheTableOfItsNumbers() {
		Document page = staff().page("/dashboard");
		for (String id : TABLES) {
			Element canvas = page.getElementById("chart-" + id);
			assertThat(canvas).as(id).isNotNull();
			assertThat(canvas.attr("role")).isEqualTo("img");
			assertThat(canvas.attr("aria-label")).contains("表格");
			Element table = page.getElementById(canvas.attr("data-table"));
			assertThat(table).as(id).isNotNull();
			assertThat(table.attr("data-chart")).isNotBlank();
			assertThat(table.select("tbody td").eachAttr("data-label")).doesNotContain("");
		}
		assertThat(page.select("script[src*=chart.umd.js]")).hasSize(1);
		assertThat(page.select("main script[src*=dashboard]")).hasSize(1);
		assertThat(page.select("[style], script:not([src])")).isEmpty();
	}

	@Test
	void theDashboardSpeaksEnglish() {
		Document page = new WebClient(this.port).acceptLanguage("en")
			.loggedInAs("staff", "demo-staff")
			.page("/dashboard");
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo("Conference dashboard");
		assertThat(page.select("#heading-region").text()).isEqualTo("Results and contracts by region");
		assertThat(page.select("#table-region thead th").eachText()).containsExactly("Region", "Results",
				"Signed results", "Contracts", "Amount (yuan)", "Share of amount (%)");
		assertThat(page.select("#table-hotspots tbody th").eachText()).containsExactly("Pictures and text", "Audio",
				"Video");
		assertThat(page.select("#table-region tbody th").eachText()).contains("Jiangsu").doesNotContain("江苏");
		assertThat(page.select(".dash-check.dash-check-ok").first().text())
			.isEqualTo("✓ Checked: the rows add up to the total.");
	}

	@Test
	void aPeriodLimitsTheContractFigures() {
		Document page = staff().page("/dashboard?from=2022-04-28&to=2022-04-29");
		long contracts = count(
				"SELECT count(*) FROM transformation_contracts WHERE signed_on BETWEEN '2022-04-28' AND '2022-04-29'");
		assertThat(figure(page, "contracts")).isEqualTo(String.format("%,d", contracts));
		assertThat(page.select("#table-days tbody th").eachText()).containsExactly("2022年4月28日", "2022年4月29日");
		assertThat(page.select("#table-region thead th").eachText()).doesNotContain("成果数").contains("新签约成果数");
		assertThat(page.select(".dash-period-status").text()).contains("2022年4月28日").contains("2022年4月29日");
		assertThat(page.select("input#from").val()).isEqualTo("2022-04-28");
		assertEveryTableAddsUp(page);
		assertThat(page.select("a[href*=/dashboard/export/region.csv]").attr("href"))
			.isEqualTo("/dashboard/export/region.csv?from=2022-04-28&to=2022-04-29");
	}

	@Test
	void anEmptyPeriodSaysWhatToDo() {
		Document page = staff().page("/dashboard?from=2030-01-01&to=2030-01-31");
		assertThat(page.select("#section-days .empty-state").text()).contains("扩大日期范围");
		assertThat(figure(page, "contracts")).isEqualTo("0");
		assertEveryTableAddsUp(page);
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=2022-13-01", "from=yesterday&to=2022-04-29", "from=2022-04-29&to=2022-04-27",
			"to=1999-12-31", "from=%27%3Bdrop", "from=2022-04-27&from=2022-04-28" })
	void badDatesGiveAFieldErrorAndNeverAServerError(String query) {
		HttpResponse<String> response = staff().get("/dashboard?" + query);
		assertThat(response.statusCode()).isEqualTo(400);
		Document page = org.jsoup.Jsoup.parse(response.body());
		assertThat(page.select(".field.has-error .field-error").text()).isNotBlank();
		assertThat(page.select("[aria-invalid=true]")).isNotEmpty();
		assertThat(page.select("[role=alert]").text()).contains("请检查下面的日期");
		assertThat(figure(page, "contracts")).isEqualTo("532");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void theDashboardFollowsContractsCreatedEditedAndDeleted() {
		WebClient staff = staff();
		TestRows rows = new TestRows(this.jdbc, System.nanoTime());
		long result = rows.addResult();
		long contract = rows.addContract(result);
		this.jdbc.update(
				"UPDATE transformation_contracts SET amount = 250000.50, signed_on = '2022-04-28' WHERE id = ?",
				contract);
		Document created = staff.page("/dashboard");
		assertThat(figure(created, "contracts")).isEqualTo("533");
		assertThat(figure(created, "signedResults")).isEqualTo("496");
		assertThat(figure(created, "contractAmount")).endsWith("¥100,250,000.50");
		assertEveryTableAddsUp(created);

		this.jdbc.update("UPDATE transformation_contracts SET amount = 0.01, result_id = ? WHERE id = ?",
				rows.anySignedDemoResult(), contract);
		Document edited = staff.page("/dashboard");
		assertThat(figure(edited, "contracts")).isEqualTo("533");
		assertThat(figure(edited, "signedResults")).isEqualTo("495");
		assertThat(figure(edited, "contractAmount")).endsWith("¥100,000,000.01");
		assertEveryTableAddsUp(edited);

		this.jdbc.update("DELETE FROM transformation_contracts WHERE id = ?", contract);
		Document deleted = staff.page("/dashboard");
		assertThat(figure(deleted, "contracts")).isEqualTo("532");
		assertThat(figure(deleted, "contractAmount")).isEqualTo("1亿元 ¥100,000,000.00");
		assertEveryTableAddsUp(deleted);
	}

	@Test
	void everyBreakdownAddsUpOnRandomData() {
		TestRows rows = new TestRows(this.jdbc, System.nanoTime());
		for (int i = 0; i < 40; i++) {
			long result = rows.addResult();
			for (int c = rows.random().nextInt(4); c > 0; c--) {
				rows.addContract(rows.random().nextBoolean() ? result : rows.anyDemoResult());
			}
		}
		WebClient staff = staff();
		assertEveryTableAddsUp(staff.page("/dashboard"));
		assertEveryTableAddsUp(staff.page("/dashboard?from=2022-04-25&to=2022-05-05"));
		assertEveryTableAddsUp(staff.page("/dashboard?to=2022-04-27"));
	}

	private void assertEveryTableAddsUp(Document page) {
		for (String id : TABLES) {
			Element section = page.getElementById("section-" + id);
			assertThat(section).as(id).isNotNull();
			if (section.selectFirst(".empty-state") != null) {
				continue;
			}
			Element check = section.selectFirst(".dash-check");
			assertThat(check).as("check mark under " + id).isNotNull();
			assertThat(check.attr("data-reconciled")).as("reconciliation of " + id).isEqualTo("true");
			assertThat(check.select(".dash-check-mark").text()).isEqualTo("✓");
			assertThat(check.select(".dash-check-mark").attr("aria-hidden")).isEqualTo("true");
			assertThat(check.text()).contains("核对无误");
		}
		assertThat(page.select(".dash-check-summary").attr("data-reconciled")).isEqualTo("true");
		assertThat(page.select("[data-reconciled=false]")).isEmpty();
	}

	private WebClient staff() {
		return new WebClient(this.port).loggedInAs("staff", "demo-staff");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static String figure(Document page, String total) {
		return page.select("#dashboard-totals [data-total=" + total + "] dd").text();
	}

	private static List<String> totalRow(Document page, String table) {
		return page.select("#table-" + table + " tfoot tr > *").eachText();
	}

}
