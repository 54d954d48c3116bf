package org.craftsman.portal.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DashboardBrowserTest {

	/** Records Content-Security-Policy violations from the first script the page runs. */
	private static final String RECORD_CSP_VIOLATIONS = "window.cspViolations = [];"
			+ "document.addEventListener('securitypolicyviolation', function (e) {"
			+ " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile); });";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRows() {
		new TestRows(this.jdbc, 0).deleteAll();
	}

	@Test
	void theBigScreenUpdatesInPlaceWhenAContractIsSigned() {
		ChromeDriver browser = Browsers.chromium(1920, 1080, "en");
		try {
			browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
			logIn(browser);
			browser.get(url("/dashboard/screen"));
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
			assertThat(figure(browser, "contracts")).isEqualTo("532");
			assertThat(browser.findElement(By.cssSelector("[data-figure=contractAmount] .screen-detail")).getText())
				.isEqualTo("¥100,000,000.00");
			browser.executeScript("window.stillTheSamePage = true;");

			TestRows rows = new TestRows(this.jdbc, 11);
			long contract = rows.addContract(rows.anySignedDemoResult());
			this.jdbc.update("UPDATE transformation_contracts SET amount = 1000000.00 WHERE id = ?", contract);

			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> "533".equals(figure(browser, "contracts")));
			assertThat(browser.findElement(By.cssSelector("[data-figure=contractAmount] .screen-detail")).getText())
				.isEqualTo("¥101,000,000.00");
			assertThat(browser.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
			assertThat(browser.findElement(By.cssSelector("[data-figure=contracts]")).getAttribute("class"))
				.contains("screen-changed");
			assertThat(browser.executeScript("return window.cspViolations;")).asList().isEmpty();
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theBigScreenSpeaksEnglishOnlyWhenItsAddressAsks() {
		ChromeDriver browser = Browsers.chromium(1280, 800, "zh-CN");
		try {
			logIn(browser);
			browser.get(url("/dashboard/screen?lang=en"));
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Live figures");
			assertThat(browser.findElement(By.cssSelector("[data-figure=likes] .screen-value")).getText())
				.isEqualTo("30.81 million");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void chartsAreDrawnFromTheirTablesWithinTheContentSecurityPolicy() {
		ChromeDriver browser = Browsers.chromium(1280, 900, "zh-CN");
		try {
			browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
			logIn(browser);
			browser.get(url("/dashboard"));
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((driver) -> Boolean.TRUE.equals(browser.executeScript("return !!window.Chart && "
						+ "!!window.Chart.getChart(document.getElementById('chart-days'));")));
			for (String id : DashboardPageTest.TABLES) {
				@SuppressWarnings("unchecked")
				List<Object> chartLabels = (List<Object>) browser.executeScript(
						"return window.Chart.getChart(document.getElementById('chart-" + id + "')).data.labels;");
				List<String> tableLabels = browser
					.findElements(By.cssSelector("#table-" + id + " tbody tr:not([data-folded]) > th"))
					.stream()
					.map(WebElement::getText)
					.toList();
				assertThat(chartLabels).as(id).containsExactlyElementsOf(tableLabels);
			}
			@SuppressWarnings("unchecked")
			List<Object> amounts = (List<Object>) browser.executeScript(
					"return window.Chart.getChart(document.getElementById('chart-days')).data.datasets[0].data;");
			assertThat(amounts.stream().mapToDouble((n) -> ((Number) n).doubleValue()).sum()).isEqualTo(100_000_000.0);
			assertThat(browser.executeScript("return window.cspViolations;")).asList().isEmpty();
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theDashboardAndTheBigScreenPassAnAccessibilityCheck() {
		ChromeDriver browser = Browsers.chromium(1280, 900, "zh-CN");
		try {
			logIn(browser);
			for (String path : List.of("/dashboard", "/dashboard?from=2022-04-28", "/dashboard?from=bad",
					"/dashboard/screen")) {
				browser.get(url(path));
				Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21aa")).analyze(browser);
				List<String> serious = results.getViolations()
					.stream()
					.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
					.map(Rule::getId)
					.toList();
				assertThat(serious).as("serious accessibility problems on " + path).isEmpty();
			}
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void aPhoneShowsTablesAsCards() {
		ChromeDriver browser = Browsers.chromium(390, 1600, "zh-CN");
		try {
			logIn(browser);
			browser.get(url("/dashboard"));
			assertThat(browser.executeScript("return window.innerWidth;")).isEqualTo(390L);
			WebElement firstCell = browser.findElement(By.cssSelector("#table-region tbody td"));
			assertThat(firstCell.getCssValue("display")).isEqualTo("block");
			Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth;");
			assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);
		}
		finally {
			browser.quit();
		}
	}

	private void logIn(ChromeDriver browser) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("staff");
		browser.findElement(By.id("password")).sendKeys("demo-staff");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	private static String figure(ChromeDriver browser, String key) {
		return browser.findElement(By.cssSelector("[data-figure=" + key + "] .screen-value")).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
