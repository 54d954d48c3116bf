package org.craftsman.portal.live;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.PageChecks;
import org.craftsman.portal.support.RestoreCounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, a broadcast plays the demo HLS stream through hls.js under the portal's
 * Content-Security-Policy, a stream that cannot be played says what to do, and the
 * programme's pages pass axe-core.
 */
@IntegrationTest
@Import(ConferencePhasesTest.PinnedClock.class)
@ExtendWith(RestoreCounters.class)
class LiveStreamBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	OwnRows rows;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
	}

	@AfterEach
	void tearDown() {
		this.rows.deleteAll();
	}

	@Test
	void hlsJsPlaysTheDemoStreamAndOffersItsRenditions() {
		WebDriver browser = Browsers.chromium();
		try {
			browser.get(url("/live/1"));
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until((driver) -> script(driver, "return document.getElementById('broadcast-media')"
						+ ".getAttribute('data-level-loaded')") != null);
			assertThat(script(browser, "return document.getElementById('broadcast-media').getAttribute('data-player')"))
				.isEqualTo("hls.js");
			script(browser, "var v = document.getElementById('broadcast-media'); v.muted = true; v.play();");
			new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> ((Number) script(driver,
					"return document.getElementById('broadcast-media').currentTime"))
				.doubleValue() > 1.5);
			assertThat(script(browser, "return document.getElementById('broadcast-media').error")).isNull();
			assertThat(script(browser, "return document.getElementById('broadcast-media').currentSrc").toString())
				.startsWith("blob:");
			assertThat(browser.findElements(By.cssSelector("#player-quality option"))).extracting((o) -> o.getText())
				.containsExactly("自动", "240p", "360p", "540p");
			assertThat(browser.findElement(By.id("player-offline")).isDisplayed()).isFalse();
			// The viewer may fix a rendition instead of the automatic choice.
			new Select(browser.findElement(By.id("player-quality"))).selectByVisibleText("240p");
			new WebDriverWait(browser, Duration.ofSeconds(20)).until((driver) -> "0".equals(
					script(driver, "return document.getElementById('broadcast-media').getAttribute('data-level')")));
			PageChecks.assertAccessible("a broadcast playing", browser);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void aStreamThatCannotBePlayedSaysWhatToDo() {
		long session = this.rows.broadcast("断流测试", Instant.now().minus(5, ChronoUnit.MINUTES),
				Instant.now().plus(1, ChronoUnit.HOURS));
		this.jdbc.update("UPDATE live_broadcasts SET stream_url = '/hls/missing/master.m3u8' WHERE id = ?", session);
		WebDriver browser = Browsers.chromium(1280, 900, "en");
		try {
			browser.get(url("/live/" + session));
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until((driver) -> driver.findElement(By.id("player-offline")).isDisplayed());
			assertThat(browser.findElement(By.id("player-offline")).getText())
				.contains("The stream cannot be played right now.")
				.contains("Try again")
				.contains("Watch a replay")
				.contains("Back to the programme");
			browser.findElement(By.id("player-retry")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until((driver) -> driver.findElement(By.id("player-offline")).isDisplayed());
			PageChecks.assertAccessible("a broadcast whose stream is offline", browser);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theProgrammeAndASpeakersPageAreAccessible() {
		WebDriver browser = Browsers.chromium(390, 1600, "zh-CN");
		try {
			browser.get(url("/live"));
			PageChecks.assertAccessible("the programme", browser);
			browser.get(url("/speakers/1"));
			PageChecks.assertAccessible("a speaker's page", browser);
		}
		finally {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static Object script(WebDriver browser, String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

}
