package org.craftsman.portal.live.comments;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.PageChecks;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In two headless Chromium windows: a comment typed in one appears in the other within
 * two seconds, a refused one gets its reason beside the field, and the broadcast's page
 * with its comments has no accessibility violation in either language or on a phone.
 */
@IntegrationTest
class LiveCommentsBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	OwnRows rows;

	long broadcast;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
		Instant now = Instant.now();
		this.broadcast = this.rows.broadcast("浏览器评论直播", now.minus(5, ChronoUnit.MINUTES),
				now.plus(1, ChronoUnit.HOURS));
		assertThat(new WebClient(this.port)
			.postRaw("/live/" + this.broadcast + "/comments", Map.of("body", "欢迎收看本场直播"),
					Map.of("X-Forwarded-For", LiveCommentsTest.newAddress(), "Accept", "application/json"))
			.statusCode()).isEqualTo(201);
	}

	@AfterEach
	void tearDown() {
		this.rows.deleteAll();
	}

	@Test
	void aCommentTypedInOneWindowAppearsInAnotherWithinTwoSeconds() {
		WebDriver writer = Browsers.chromium(1280, 900, "zh-CN");
		WebDriver reader = Browsers.chromium(390, 1200, "zh-CN");
		try {
			open(writer);
			open(reader);
			live(writer);
			live(reader);
			PageChecks.assertAccessible("a broadcast with comments", writer);
			PageChecks.assertAccessible("a broadcast with comments on a phone", reader);

			WebElement field = writer.findElement(By.id("comment-body"));
			field.sendKeys("傻逼", Keys.ENTER);
			wait(writer).until((driver) -> driver.findElement(By.id("comment-error")).isDisplayed());
			assertThat(writer.findElement(By.id("comment-error")).getText()).contains("不允许");
			assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");

			field.clear();
			String text = "来自第一个窗口的评论 " + this.rows.tag();
			field.sendKeys(text);
			long typed = System.nanoTime();
			field.sendKeys(Keys.ENTER);
			new WebDriverWait(reader, Duration.ofSeconds(2)).pollingEvery(Duration.ofMillis(20))
				.until((driver) -> driver.findElements(By.cssSelector("#comments .comment-body"))
					.stream()
					.anyMatch((comment) -> comment.getText().equals(text)));
			System.out.printf("Live comment latency in Chromium: %.0f ms from Enter in one window to the other%n",
					(System.nanoTime() - typed) / 1e6);
			wait(writer).until((driver) -> driver.findElement(By.id("comment-body")).getAttribute("value").isEmpty());
			assertThat(writer.findElement(By.id("comment-error")).isDisplayed()).isFalse();
		}
		finally {
			writer.quit();
			reader.quit();
		}
	}

	@Test
	void theBroadcastPageWithCommentsIsAccessibleInEnglish() {
		WebDriver browser = Browsers.chromium(1280, 900, "en");
		try {
			open(browser);
			live(browser);
			assertThat(browser.findElement(By.id("comments-heading")).getText()).isEqualTo("Live comments");
			PageChecks.assertAccessible("a broadcast with comments in English", browser);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void anOrganizerHidesACommentAndItLeavesAViewersPage() {
		long comment = this.jdbc.queryForObject("SELECT max(id) FROM live_comments WHERE broadcast_id = ?", Long.class,
				this.broadcast);
		WebDriver viewer = Browsers.chromium(1280, 900, "zh-CN");
		WebDriver organizer = Browsers.chromium(1280, 900, "zh-CN");
		try {
			open(viewer);
			live(viewer);
			assertThat(viewer.findElements(By.id("comment-" + comment))).hasSize(1);
			organizer.get("http://localhost:" + this.port + "/login");
			organizer.findElement(By.id("username")).sendKeys("organizer");
			organizer.findElement(By.id("password")).sendKeys("demo-organizer", Keys.ENTER);
			wait(organizer).until((driver) -> !driver.getCurrentUrl().contains("/login"));
			organizer.get("http://localhost:" + this.port + "/admin/comments?broadcast=" + this.broadcast);
			PageChecks.assertAccessible("the comment moderation", organizer);
			organizer.findElement(By.cssSelector("#comment-" + comment + " form[action$='/hide'] button")).click();
			wait(organizer).until(
					(driver) -> !driver.findElements(By.cssSelector("#comment-" + comment + ".is-hidden")).isEmpty());
			new WebDriverWait(viewer, Duration.ofSeconds(2)).pollingEvery(Duration.ofMillis(20))
				.until((driver) -> driver.findElements(By.id("comment-" + comment)).isEmpty());
			assertThat(organizer.findElement(By.cssSelector(".admin-flash")).getText()).contains("已对所有人隐藏");
		}
		finally {
			viewer.quit();
			organizer.quit();
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_log WHERE entity_type = 'LIVE_COMMENTS'" + " AND entity_id = ?", Long.class,
				comment))
			.isEqualTo(1);
		this.jdbc.update("DELETE FROM audit_log WHERE entity_type = 'LIVE_COMMENTS' AND entity_id = ?", comment);
	}

	private void open(WebDriver browser) {
		browser.get("http://localhost:" + this.port + "/live/" + this.broadcast);
	}

	/** Waits until the page follows the comment stream. */
	private static void live(WebDriver browser) {
		wait(browser)
			.until((driver) -> driver.findElement(By.id("comments")).getAttribute("class").contains("is-live"));
	}

	private static WebDriverWait wait(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(15));
	}

}
