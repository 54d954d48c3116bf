package org.craftsman.portal.hall;

import java.time.Duration;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, the hall's players load their media from the portal.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class HotspotBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void aVideoHotspotsPlayerLoadsItsVideo() {
		WebDriver browser = Browsers.chromium();
		try {
			browser.get("http://localhost:" + this.port + "/hall/list?kind=video");
			browser.findElement(By.cssSelector("#hotspot-list .card h3 a")).click();
			assertLoaded(browser);
			assertThat(script(browser, "return document.getElementById('hotspot-media').videoWidth")).isNotEqualTo(0L);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void anAudioHotspotsPlayerLoadsItsAudio() {
		WebDriver browser = Browsers.chromium();
		try {
			browser.get("http://localhost:" + this.port + "/hall/list?kind=audio");
			browser.findElement(By.cssSelector("#hotspot-list .card h3 a")).click();
			assertLoaded(browser);
			assertThat((Number) script(browser, "return document.getElementById('hotspot-media').duration"))
				.satisfies((duration) -> assertThat(duration.doubleValue()).isPositive());
		}
		finally {
			browser.quit();
		}
	}

	private static void assertLoaded(WebDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> ((Number) script(driver,
				"var m = document.getElementById('hotspot-media'); return m.error ? -1 : m.readyState;"))
			.intValue() != 0);
		assertThat(script(browser, "return document.getElementById('hotspot-media').error")).isNull();
		assertThat(((Number) script(browser, "return document.getElementById('hotspot-media').readyState")).intValue())
			.isGreaterThanOrEqualTo(1);
		assertThat(script(browser, "return document.getElementById('hotspot-media').currentSrc").toString())
			.contains("/media/");
	}

	private static Object script(WebDriver browser, String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

}
