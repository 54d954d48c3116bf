package org.craftsman.portal.result;

import java.time.Duration;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor in Chromium: from the home page through an area to a result and its like
 * button; a Chinese search; switching language on a search.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class ResultBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fromHomeThroughAnAreaToAResultAndALikeWithoutReload() {
		WebDriver browser = Browsers.chromium();
		try {
			browser.get(url("/"));
			browser.findElement(By.cssSelector(".entry-points a[href='/areas']")).click();
			browser.findElement(By.cssSelector("#hall-1 .area-card a")).click();
			assertThat(browser.getCurrentUrl()).contains("/areas/");
			browser.findElement(By.cssSelector("#result-list .card h3 a")).click();
			assertThat(browser.getCurrentUrl()).matches(".*/results/[0-9]+$");
			long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
			long before = likes(id);
			WebElement count = browser.findElement(By.cssSelector(".like-count"));
			assertThat(count.getText()).isEqualTo(String.format("%,d", before));

			((JavascriptExecutor) browser).executeScript("window.samePage = true;");
			browser.findElement(By.cssSelector(".like-button")).click();
			wait(browser)
				.until(ExpectedConditions.textToBe(By.cssSelector(".like-count"), String.format("%,d", before + 1)));
			assertThat(browser.findElement(By.cssSelector(".like-status")).getText()).isEqualTo("谢谢点赞，已计入。");
			assertThat(browser.findElement(By.cssSelector(".like-label")).getText()).isEqualTo("已点赞");
			assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage === true;"))
				.as("the page was not reloaded")
				.isEqualTo(true);
			assertThat(likes(id)).isEqualTo(before + 1);

			browser.findElement(By.cssSelector(".like-button")).click();
			wait(browser).until(ExpectedConditions.textToBe(By.cssSelector(".like-status"), "您已经为这项成果点过赞了。"));
			assertThat(likes(id)).isEqualTo(before + 1);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void aChineseSearchTypedInTheBoxFindsTheResultsAndSwitchingLanguageKeepsIt() {
		long expected = this.jdbc.queryForObject(
				"SELECT count(*) FROM innovation_results"
						+ " WHERE published AND (title LIKE '%焊接%' OR summary LIKE '%焊接%' OR innovators LIKE '%焊接%')",
				Long.class);
		WebDriver browser = Browsers.chromium();
		try {
			browser.get(url("/results"));
			WebElement box = browser.findElement(By.id("q"));
			box.sendKeys("焊接");
			box.sendKeys(Keys.ENTER);
			wait(browser).until(ExpectedConditions.urlContains("q="));
			assertThat(browser.findElement(By.id("results-heading")).getText())
				.isEqualTo("“焊接”的搜索结果：共 " + expected + " 项");
			assertThat(browser.findElements(By.cssSelector("#result-list h3")).get(0).getText()).contains("焊接");

			browser.findElement(By.linkText("English")).click();
			wait(browser).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
			assertThat(browser.findElement(By.id("results-heading")).getText())
				.isEqualTo(expected + " results for “焊接”");
			assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("焊接");
			assertThat(browser.findElement(By.cssSelector(".main-nav a[href='/results']")).getText())
				.isEqualTo("Results");
		}
		finally {
			browser.quit();
		}
	}

	private long likes(long id) {
		return this.jdbc.queryForObject(
				"SELECT like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0) FROM innovation_results r WHERE id = ?",
				Long.class, id);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait wait(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

}
