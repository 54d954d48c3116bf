package org.craftsman.portal.news;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.PageChecks;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The news pages in Chromium and the HTML checker: valid HTML and no axe-core violation
 * in both languages, on a desktop and a phone; the list is walked by keyboard to an
 * article.
 */
@IntegrationTest
class NewsBrowserTest {

	static final List<String> PAGES = List.of("/news", "/news?tag=" + URLEncoder.encode("表彰", StandardCharsets.UTF_8),
			"/news/closing", "/news/contract-signing", "/news/opening");

	@LocalServerPort
	int port;

	@Test
	void theNewsPagesAreValidHtmlInBothLanguages() {
		for (String language : List.of("zh-CN", "en")) {
			WebClient visitor = new WebClient(this.port).acceptLanguage(language);
			for (String path : PAGES) {
				PageChecks.assertValidHtml(path + " [" + language + "]", visitor.get(path).body());
			}
			WebClient organizer = new WebClient(this.port).acceptLanguage(language)
				.loggedInAs("organizer", "demo-organizer");
			// The forms' required selects come from the shared admin fragment, whose
			// preselected first option the checker questions on every section's form.
			for (String path : List.of("/admin/news", "/admin/news/1/preview")) {
				PageChecks.assertValidHtml(path + " [" + language + "]", organizer.get(path).body());
			}
		}
	}

	@Test
	void theNewsPagesHaveNoAccessibilityViolationInBothLanguagesOnADesktopAndAPhone() {
		for (String language : List.of("zh-CN", "en")) {
			for (int[] size : List.of(new int[] { 1280, 900 }, new int[] { 390, 1600 })) {
				WebDriver browser = Browsers.chromium(size[0], size[1], language);
				try {
					for (String path : PAGES) {
						browser.get("http://localhost:" + this.port + path);
						PageChecks.assertAccessible(path + " [" + language + ", " + size[0] + "px]", browser);
					}
				}
				finally {
					browser.quit();
				}
			}
		}
	}

	@Test
	void theKeyboardLeadsFromTheListToAnArticle() {
		WebDriver browser = Browsers.chromium(1280, 900, "zh-CN");
		try {
			browser.get("http://localhost:" + this.port + "/news");
			WebElement first = browser.findElement(By.cssSelector("#news-list h3 a"));
			String target = first.getDomProperty("href");
			for (int i = 0; i < 60 && !first.equals(browser.switchTo().activeElement()); i++) {
				new Actions(browser).sendKeys(Keys.TAB).perform();
			}
			assertThat(browser.switchTo().activeElement()).isEqualTo(first);
			new Actions(browser).sendKeys(Keys.ENTER).perform();
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(target));
			assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("三天，一组数字：首届大会闭幕");
		}
		finally {
			browser.quit();
		}
	}

}
