package org.craftsman.portal.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hall's big screen fills exactly one screen, in both languages and at the usual
 * sizes of a hall's displays: no scrolling, every figure on one line, the ranking in
 * full, charts drawn, and a ticker of the latest contracts along the bottom.
 */
@IntegrationTest
class BigScreenLayoutBrowserTest {

	/** How many separate lines the text of the element draws on. */
	private static final String LINES_OF_TEXT = "var range = document.createRange(); range.selectNodeContents(arguments[0]);"
			+ "var bottoms = {}; Array.prototype.forEach.call(range.getClientRects(), function (r) {"
			+ " if (r.width > 0) { bottoms[Math.round(r.bottom)] = true; } }); return Object.keys(bottoms).length;";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBigScreenFillsOneFullHdScreenInChineseAndInEnglish() {
		for (String address : List.of("/dashboard/screen", "/dashboard/screen?lang=en")) {
			ChromeDriver browser = screen(1920, 1080);
			try {
				logIn(browser);
				browser.get(url(address));
				waitForTheCharts(browser);
				assertThat(number(browser, "return window.innerHeight;")).isEqualTo(1080);
				assertFitsTheScreen(browser, address);
				for (WebElement figure : browser.findElements(By.cssSelector(".screen-figure"))) {
					WebElement value = figure.findElement(By.cssSelector(".screen-value"));
					assertThat(number(browser, LINES_OF_TEXT, value)).as(address + " " + value.getText()).isEqualTo(1);
					assertThat(number(browser, "return arguments[0].getBoundingClientRect().right;", value))
						.as(address + " " + value.getText() + " inside its box")
						.isLessThanOrEqualTo(
								number(browser, "return arguments[0].getBoundingClientRect().right;", figure));
				}
				double bottom = number(browser,
						"return Math.max.apply(null, Array.prototype.map.call("
								+ "document.querySelector('main.screen').children, function (e) {"
								+ " return e.getBoundingClientRect().bottom; }));");
				assertThat(bottom).as(address + " content reaches the bottom")
					.isGreaterThanOrEqualTo(number(browser, "return window.innerHeight;") * 0.95);
				String latest = this.jdbc.queryForObject(
						"SELECT contract_no FROM transformation_contracts ORDER BY signed_on DESC, id DESC LIMIT 1",
						String.class);
				assertThat(
						browser.findElements(By.cssSelector("#screen-latest li:not([aria-hidden]) .screen-ticker-no"))
							.stream()
							.map((element) -> element.getAttribute("textContent"))
							.toList())
					.as(address + " ticker")
					.hasSize(ScreenPage.LATEST_CONTRACTS)
					.startsWith(latest);
				assertThat(browser.findElement(By.cssSelector(".screen-ticker")).getAttribute("class"))
					.contains("is-rolling");
			}
			finally {
				browser.quit();
			}
		}
	}

	@Test
	void theBigScreenFitsSmallerAndLargerScreensToo() {
		for (int[] size : List.of(new int[] { 1280, 720 }, new int[] { 3840, 2160 })) {
			ChromeDriver browser = screen(size[0], size[1]);
			try {
				logIn(browser);
				browser.get(url("/dashboard/screen?lang=en"));
				waitForTheCharts(browser);
				assertFitsTheScreen(browser, size[0] + "x" + size[1]);
			}
			finally {
				browser.quit();
			}
		}
	}

	@Test
	void theTickerStandsStillForVisitorsWhoAskForLessMotion() {
		ChromeDriver browser = screen(1920, 1080);
		try {
			browser.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
			logIn(browser);
			browser.get(url("/dashboard/screen"));
			waitForTheCharts(browser);
			assertThat(browser.findElement(By.cssSelector(".screen-ticker-track")).getCssValue("animation-name"))
				.isEqualTo("none");
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * A display of exactly this many CSS pixels, as a hall's screen in full-screen mode.
	 */
	private static ChromeDriver screen(int width, int height) {
		ChromeDriver browser = Browsers.chromium(width, height, "zh-CN");
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		return browser;
	}

	private void assertFitsTheScreen(ChromeDriver browser, String what) {
		double height = number(browser, "return window.innerHeight;");
		double width = number(browser, "return window.innerWidth;");
		assertThat(number(browser, "return document.documentElement.scrollHeight;")).as(what + " height")
			.isLessThanOrEqualTo(height);
		assertThat(number(browser, "return document.documentElement.scrollWidth;")).as(what + " width")
			.isLessThanOrEqualTo(width);
		List<WebElement> regions = browser.findElements(By.cssSelector("#screen-regions li"));
		assertThat(regions).hasSize(ScreenPage.TOP_REGIONS + 1);
		for (WebElement region : regions) {
			assertThat(number(browser, "return arguments[0].getBoundingClientRect().bottom;", region))
				.as(what + " " + region.getText())
				.isLessThanOrEqualTo(height);
			assertThat(number(browser, LINES_OF_TEXT, region.findElement(By.cssSelector(".screen-region-amount"))))
				.isEqualTo(1);
		}
	}

	private static void waitForTheCharts(ChromeDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> Boolean.TRUE.equals(browser.executeScript(
				"return !!window.Chart && !!window.Chart.getChart(document.getElementById('screen-chart-days'))"
						+ " && !!window.Chart.getChart(document.getElementById('screen-chart-categories'))"
						+ " && document.querySelectorAll('#screen-latest li[aria-hidden]').length > 0;")));
	}

	private void logIn(ChromeDriver browser) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("staff");
		browser.findElement(By.id("password")).sendKeys("demo-staff");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	private static double number(ChromeDriver browser, String script, Object... arguments) {
		return ((Number) browser.executeScript(script, arguments)).doubleValue();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
