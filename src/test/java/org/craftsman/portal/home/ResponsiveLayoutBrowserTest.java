package org.craftsman.portal.home;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as a phone and a desktop show them: no sideways scrolling, a menu button for
 * the navigation, the results list within the first screen after filtering, and figures,
 * codes and dates that never break across lines.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class ResponsiveLayoutBrowserTest {

	/** How many separate lines the text of the element draws on. */
	static final String LINES_OF_TEXT = "var range = document.createRange(); range.selectNodeContents(arguments[0]);"
			+ "var tops = {}; Array.prototype.forEach.call(range.getClientRects(), function (r) {"
			+ " if (r.width > 0) { tops[Math.round(r.bottom)] = true; } }); return Object.keys(tops).length;";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noPublicPageScrollsSidewaysOnAPhoneInEitherLanguage() {
		List<String> wide = new ArrayList<>();
		for (String language : List.of("zh-CN", "en")) {
			ChromeDriver browser = Browsers.chromium(390, 844, language);
			try {
				for (Map.Entry<String, String> page : publicPages().entrySet()) {
					browser.get(url(page.getValue()));
					long scrollWidth = number(browser, "return document.documentElement.scrollWidth;");
					if (scrollWidth > number(browser, "return window.innerWidth;")) {
						wide.add(page.getKey() + " [" + language + "] is " + scrollWidth + " px wide");
					}
				}
			}
			finally {
				browser.quit();
			}
		}
		assertThat(wide).as("pages wider than a 390 px phone").isEmpty();
	}

	@Test
	void theMenuButtonOpensTheWholeNavigationOnAPhone() {
		for (String language : List.of("zh-CN", "en")) {
			ChromeDriver browser = Browsers.chromium(390, 844, language);
			try {
				browser.get(url("/results"));
				WebElement button = browser.findElement(By.cssSelector("button.nav-toggle"));
				assertThat(button.isDisplayed()).isTrue();
				assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
				assertThat(button.getAttribute("aria-controls")).isEqualTo("main-nav");
				assertThat(button.getText()).isNotBlank();
				List<WebElement> links = browser.findElements(By.cssSelector("#main-nav a"));
				assertThat(links).hasSizeGreaterThanOrEqualTo(7).noneMatch(WebElement::isDisplayed);

				button.click();
				assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
				long width = number(browser, "return window.innerWidth;");
				for (WebElement link : links) {
					assertThat(link.isDisplayed()).as(link.getText()).isTrue();
					assertThat(number(browser, "return Math.ceil(arguments[0].getBoundingClientRect().right);", link))
						.as(link.getText() + " inside the screen")
						.isLessThanOrEqualTo(width);
				}
				assertThat(tabOrderAfter(browser, button, links.size()))
					.containsExactlyElementsOf(links.stream().map((link) -> link.getAttribute("href")).toList());

				browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
				assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
				assertThat(links).noneMatch(WebElement::isDisplayed);
			}
			finally {
				browser.quit();
			}
		}
	}

	@Test
	void aWideScreenShowsTheNavigationWithoutTheMenuButton() {
		ChromeDriver browser = Browsers.chromium(1280, 900, "en");
		try {
			browser.get(url("/"));
			assertThat(browser.findElement(By.cssSelector("button.nav-toggle")).isDisplayed()).isFalse();
			assertThat(browser.findElements(By.cssSelector("#main-nav a"))).allMatch(WebElement::isDisplayed);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void afterFilteringOnAPhoneTheFiltersFoldAwayAndTheFirstResultIsOnTheFirstScreen() {
		ChromeDriver browser = Browsers.chromium(390, 844, "zh-CN");
		try {
			browser.get(url("/results"));
			assertThat(browser.findElement(By.cssSelector("details.filters")).getAttribute("open")).isNull();
			browser.findElement(By.cssSelector("details.filters summary")).click();
			new Select(browser.findElement(By.id("category"))).selectByValue("装备制造");
			new Select(browser.findElement(By.id("signed"))).selectByValue("yes");
			browser.findElement(By.cssSelector(".filter-actions button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((driver) -> driver.getCurrentUrl().contains("signed="));

			WebElement filters = browser.findElement(By.cssSelector("details.filters"));
			assertThat(filters.getAttribute("open")).isNull();
			assertThat(filters.findElement(By.tagName("summary")).getText()).contains("已选 2 项");
			assertThat(
					number(browser, "return document.querySelector('#result-list > li').getBoundingClientRect().top;"))
				.isLessThan(844);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void headlineFiguresStayOnOneLineOnADesktopInChinese() {
		ChromeDriver browser = Browsers.chromium(1280, 900, "zh-CN");
		try {
			browser.get(url("/?lang=zh-CN"));
			assertFiguresOnOneLineInsideTheirBoxes(browser, "1280 zh-CN");
			assertThat(browser.findElement(By.cssSelector("[data-total=floorArea] dd")).getText())
				.isEqualTo("10,260 m²");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void longEnglishFiguresStayOnOneLineInsideTheirBoxesOnADesktopAndAPhone() {
		for (int width : List.of(1280, 390)) {
			ChromeDriver browser = Browsers.chromium(width, 900, "en");
			try {
				browser.get(url("/?lang=en"));
				assertFiguresOnOneLineInsideTheirBoxes(browser, width + " en");
				browser.get(url("/contracts?lang=en"));
				assertFiguresOnOneLineInsideTheirBoxes(browser, width + " en contracts");
			}
			finally {
				browser.quit();
			}
		}
	}

	private static void assertFiguresOnOneLineInsideTheirBoxes(ChromeDriver browser, String what) {
		List<WebElement> figures = browser.findElements(By.cssSelector(".figures .figure"));
		assertThat(figures).isNotEmpty();
		for (WebElement figure : figures) {
			WebElement value = (WebElement) browser.executeScript(
					"var dd = arguments[0].querySelector('dd'); return dd.querySelector('span') || dd;", figure);
			assertThat(number(browser, LINES_OF_TEXT, value)).as(what + " " + value.getText()).isEqualTo(1);
			assertThat(number(browser,
					"var r = document.createRange(); r.selectNodeContents(arguments[0]);"
							+ " return Math.ceil(r.getBoundingClientRect().right);",
					value))
				.as(what + " " + value.getText() + " inside its box")
				.isLessThanOrEqualTo(
						number(browser, "return Math.ceil(arguments[0].getBoundingClientRect().right);", figure));
		}
	}

	@Test
	void contractCodesAndDatesStayOnOneLineInTheAdminTable() {
		for (String language : List.of("zh-CN", "en")) {
			for (int width : List.of(1280, 1024)) {
				contractCodesAndDatesStayOnOneLineInTheAdminTable(language, width);
			}
		}
	}

	private void contractCodesAndDatesStayOnOneLineInTheAdminTable(String language, int width) {
		ChromeDriver browser = Browsers.chromium(width, 900, language);
		try {
			browser.get(url("/login"));
			browser.findElement(By.id("username")).sendKeys("organizer");
			browser.findElement(By.id("password")).sendKeys("demo-organizer", Keys.ENTER);
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((driver) -> !driver.getCurrentUrl().contains("/login"));
			browser.get(url("/admin/contracts"));
			List<WebElement> rows = browser.findElements(By.cssSelector(".admin-table tbody tr"));
			assertThat(rows).isNotEmpty();
			for (WebElement row : rows) {
				List<WebElement> cells = row.findElements(By.tagName("td"));
				for (WebElement cell : List.of(cells.get(0), cells.get(4))) {
					assertThat(number(browser, LINES_OF_TEXT, cell)).as(width + " " + cell.getText()).isEqualTo(1);
				}
			}
		}
		finally {
			browser.quit();
		}
	}

	private static List<String> tabOrderAfter(ChromeDriver browser, WebElement start, int count) {
		List<String> reached = new ArrayList<>();
		browser.executeScript("arguments[0].focus();", start);
		for (int i = 0; i < count; i++) {
			browser.switchTo().activeElement().sendKeys(Keys.TAB);
			reached.add(browser.switchTo().activeElement().getAttribute("href"));
		}
		return reached;
	}

	private Map<String, String> publicPages() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("areas", "/areas");
		pages.put("an area", "/areas/" + firstId("SELECT min(id) FROM exhibition_areas"));
		pages.put("hall", "/hall");
		pages.put("a hotspot", "/hall/hotspots/" + firstId("SELECT min(id) FROM online_hotspots"));
		pages.put("results", "/results");
		pages.put("a result", "/results/1");
		pages.put("contracts", "/contracts");
		pages.put("awards", "/awards");
		pages.put("live", "/live");
		pages.put("a broadcast", "/live/1");
		pages.put("login", "/login");
		pages.put("not found", "/results/999999");
		return pages;
	}

	private long firstId(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static long number(ChromeDriver browser, String script, Object... arguments) {
		return ((Number) browser.executeScript(script, arguments)).longValue();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
