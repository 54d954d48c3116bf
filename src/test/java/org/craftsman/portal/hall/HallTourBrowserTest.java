package org.craftsman.portal.hall;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.PageChecks;
import org.craftsman.portal.support.RestoreCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor walks through the real-scene hall in Chromium (WebGL drawn in software): the
 * lobby's 360° view turns with the keyboard, a door leads to another scene and the back
 * button returns, a video hotspot plays in its panel over the scene, the list view
 * reaches the same hotspot from the keyboard, and neither view has an accessibility
 * violation. An organizer places a hotspot by clicking in the admin's scene and finds it
 * on the tour.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class HallTourBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLobbyTurnsWithTheKeyboardAndADoorLeadsToAnotherSceneAndBack() {
		WebDriver browser = Browsers.chromiumWithWebGl(1280, 900, "zh-CN");
		try {
			open(browser, "/hall");
			waitForViewer(browser);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("序厅");
			double before = number(browser, "return window.hallTour.getYaw()");
			WebElement pano = browser.findElement(By.id("tour-pano"));
			pano.click();
			// The view turns while the key is held, by animation frame: a busy machine
			// draws few
			// frames, so the key is held again until the view has turned.
			new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(100)).until((driver) -> {
				new Actions(driver).keyDown(Keys.ARROW_RIGHT)
					.pause(Duration.ofMillis(700))
					.keyUp(Keys.ARROW_RIGHT)
					.perform();
				return Math.abs(number(driver, "return window.hallTour.getYaw()") - before) > 5;
			});
			assertThat(number(browser, "return window.hallTour.getYaw()")).isGreaterThan(before);

			WebElement door = browser.findElements(By.cssSelector(".tour-marker-door"))
				.stream()
				.filter(WebElement::isDisplayed)
				.findFirst()
				.orElseThrow();
			String doorTitle = door.getAttribute("aria-label");
			new Actions(browser).moveToElement(door).click().perform();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> driver.getCurrentUrl().matches(".*/hall/scenes/[0-9]+$"));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(doorTitle);
			browser.navigate().back();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> driver.getCurrentUrl().endsWith("/hall"));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("序厅");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void aVideoHotspotPlaysInItsPanelOverTheSceneAndCountsAVisit() {
		Map<String, Object> video = this.jdbc.queryForMap(
				"""
						SELECT h.id, p.scene_id, h.visit_count FROM online_hotspots h JOIN hall_hotspot_places p ON p.hotspot_id = h.id
						WHERE h.media_kind = 'VIDEO' ORDER BY h.id LIMIT 1""");
		long id = ((Number) video.get("id")).longValue();
		long visits = ((Number) video.get("visit_count")).longValue();
		WebDriver browser = Browsers.chromiumWithWebGl(1280, 900, "en");
		try {
			open(browser, "/hall/scenes/" + video.get("scene_id") + "#hotspot-" + id);
			waitForViewer(browser);
			WebElement marker = new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> driver.findElements(By.cssSelector(".tour-marker[data-hotspot='" + id + "']"))
					.stream()
					.filter(WebElement::isDisplayed)
					.findFirst()
					.orElse(null));
			new Actions(browser).moveToElement(marker).click().perform();
			WebElement panel = new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> driver.findElement(By.id("hotspot-panel")).getAttribute("open") != null
						? driver.findElement(By.id("hotspot-panel")) : null);
			assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo(
					this.jdbc.queryForObject("SELECT title_en FROM online_hotspots WHERE id = ?", String.class, id));
			assertThat(browser.getCurrentUrl()).contains("/hall/scenes/");
			script(browser,
					"document.getElementById('panel-media').muted = true; document.getElementById('panel-media').play();");
			new WebDriverWait(browser, Duration.ofSeconds(15))
				.until((driver) -> number(driver, "return document.getElementById('panel-media').currentTime") > 0.2);
			assertThat(script(browser, "return document.getElementById('panel-media').error")).isNull();
			new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> this.jdbc
				.queryForObject("SELECT visit_count FROM online_hotspots WHERE id = ?", Long.class, id) > visits);
			panel.findElement(By.cssSelector(".panel-close")).click();
			assertThat(browser.findElement(By.id("hotspot-panel")).getAttribute("open")).isNull();
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theListViewReachesTheSameHotspotFromTheKeyboard() {
		Map<String, Object> video = this.jdbc.queryForMap("""
				SELECT h.id, h.area_id FROM online_hotspots h WHERE h.media_kind = 'VIDEO' ORDER BY h.id LIMIT 1""");
		long id = ((Number) video.get("id")).longValue();
		WebDriver browser = Browsers.chromium(1280, 900, "zh-CN");
		try {
			open(browser, "/hall/list?kind=video&area=" + video.get("area_id"));
			String target = "/hall/hotspots/" + id;
			boolean reached = false;
			for (int i = 0; i < 120 && !reached; i++) {
				new Actions(browser).sendKeys(Keys.TAB).perform();
				Object href = script(browser, "return document.activeElement.getAttribute('href')");
				reached = target.equals(href);
			}
			assertThat(reached).as("the hotspot's card is reached with Tab").isTrue();
			new Actions(browser).sendKeys(Keys.ENTER).perform();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> driver.getCurrentUrl().endsWith(target));
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void onATouchScreenThePanoramaLoadsWhenTheVisitorAsks() {
		ChromeDriver browser = Browsers.chromiumWithWebGl(390, 844, "en");
		try {
			browser.executeCdpCommand("Emulation.setTouchEmulationEnabled",
					Map.of("enabled", true, "maxTouchPoints", 5));
			open(browser, "/hall/scenes/2");
			WebElement start = new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> driver.findElement(By.id("tour-start")).isDisplayed()
						? driver.findElement(By.id("tour-start")) : null);
			assertThat(start.getText()).isEqualTo("Look around in 360°");
			assertThat(script(browser, "return typeof window.pannellum")).isEqualTo("undefined");
			assertThat(script(browser,
					"return performance.getEntriesByType('resource')"
							+ ".filter(function (e) { return e.name.indexOf('/media/generated/hall-') >= 0"
							+ " && e.name.indexOf('-preview') < 0; }).length"))
				.isEqualTo(0L);
			PageChecks.assertAccessible("the tour before it starts on a phone", browser);
			start.sendKeys(Keys.ENTER);
			waitForViewer(browser);
			assertThat(start.isDisplayed()).isFalse();
			assertThat(script(browser, "return document.activeElement.id")).isEqualTo("tour-pano");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theTourAndTheListViewHaveNoAccessibilityViolations() {
		for (String language : List.of("zh-CN", "en")) {
			WebDriver browser = Browsers.chromiumWithWebGl(390, 844, language);
			try {
				open(browser, "/hall/scenes/2");
				waitForViewer(browser);
				PageChecks.assertAccessible("the tour (" + language + ")", browser);
				open(browser, "/hall/list");
				PageChecks.assertAccessible("the list view (" + language + ")", browser);
			}
			finally {
				browser.quit();
			}
		}
	}

	@Test
	void anOrganizerPlacesAHotspotByClickingInTheSceneAndVisitorsSeeItThere() {
		Map<String, Object> place = this.jdbc.queryForMap("""
				SELECT p.hotspot_id, p.scene_id, p.yaw, p.pitch FROM hall_hotspot_places p
				ORDER BY p.scene_id DESC, p.hotspot_id LIMIT 1""");
		long hotspot = ((Number) place.get("hotspot_id")).longValue();
		long scene = ((Number) place.get("scene_id")).longValue();
		this.jdbc.update("DELETE FROM hall_hotspot_places WHERE hotspot_id = ?", hotspot);
		WebDriver browser = Browsers.chromiumWithWebGl(1280, 900, "en");
		try {
			signIn(browser);
			open(browser, "/admin/scenes/" + scene + "/place");
			new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> Boolean.TRUE.equals(
					script(driver, "return document.getElementById('tour-viewer').classList.contains('tour-loaded')")));
			PageChecks.assertAccessible("the admin's placing page", browser);
			WebElement pano = browser.findElement(By.id("tour-pano"));
			script(browser, "document.getElementById('tour-pano').scrollIntoView({block: 'center'})");
			// A little right of and above the middle of the view: not where anything
			// stands.
			new Actions(browser).moveToElement(pano, 40, -30).click().perform();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> !driver.findElement(By.id("yaw")).getAttribute("value").isEmpty());
			double yaw = Double.parseDouble(browser.findElement(By.id("yaw")).getAttribute("value"));
			double pitch = Double.parseDouble(browser.findElement(By.id("pitch")).getAttribute("value"));
			assertThat(yaw).isBetween(-180.0, 180.0).isNotEqualTo(0.0);
			assertThat(pitch).isBetween(0.0, 45.0);
			browser.findElement(By.id("hotspotId")).sendKeys(String.valueOf(hotspot));
			browser.findElement(By.cssSelector("#place-form button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> !driver.findElements(By.cssSelector(".admin-flash")).isEmpty());
			Map<String, Object> saved = this.jdbc
				.queryForMap("SELECT scene_id, yaw, pitch FROM hall_hotspot_places WHERE hotspot_id = ?", hotspot);
			assertThat(((Number) saved.get("scene_id")).longValue()).isEqualTo(scene);
			assertThat(((Number) saved.get("yaw")).doubleValue()).isEqualTo(yaw);
			assertThat(((Number) saved.get("pitch")).doubleValue()).isEqualTo(pitch);
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM audit_log WHERE entity_type = 'HOTSPOT_PLACES' AND action = 'CREATE' AND entity_label = (SELECT title FROM online_hotspots WHERE id = ?)",
					Long.class, hotspot))
				.isPositive();

			open(browser, "/hall/scenes/" + scene);
			waitForViewer(browser);
			WebElement link = browser.findElement(By.cssSelector(".tour-hotspot-link[data-hotspot='" + hotspot + "']"));
			assertThat(Double.parseDouble(link.getAttribute("data-yaw"))).isEqualTo(yaw);
			assertThat(Double.parseDouble(link.getAttribute("data-pitch"))).isEqualTo(pitch);
			script(browser, "window.hallTour.lookAt(" + pitch + ", " + yaw + ", 100, false)");
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until((driver) -> driver.findElements(By.cssSelector(".tour-marker[data-hotspot='" + hotspot + "']"))
					.stream()
					.anyMatch(WebElement::isDisplayed));
			// At the middle of the view, where the organizer clicked.
			Map<?, ?> box = (Map<?, ?>) script(browser, "var r = document.querySelector(\".tour-marker[data-hotspot='"
					+ hotspot + "']\").getBoundingClientRect();"
					+ "var v = document.getElementById('tour-pano').getBoundingClientRect();"
					+ "return {dx: r.left + r.width / 2 - (v.left + v.width / 2), dy: r.top + r.height / 2 - (v.top + v.height / 2)};");
			assertThat(Math.abs(((Number) box.get("dx")).doubleValue())).isLessThan(3);
			assertThat(Math.abs(((Number) box.get("dy")).doubleValue())).isLessThan(3);
		}
		finally {
			browser.quit();
			this.jdbc.update("DELETE FROM hall_hotspot_places WHERE hotspot_id = ?", hotspot);
			this.jdbc.update("INSERT INTO hall_hotspot_places (hotspot_id, scene_id, yaw, pitch) VALUES (?, ?, ?, ?)",
					hotspot, scene, place.get("yaw"), place.get("pitch"));
		}
	}

	private void signIn(WebDriver browser) {
		open(browser, "/login");
		browser.findElement(By.id("username")).sendKeys("organizer");
		browser.findElement(By.id("password")).sendKeys("demo-organizer", Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	private void open(WebDriver browser, String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void waitForViewer(WebDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((driver) -> Boolean.TRUE
			.equals(script(driver, "return document.getElementById('tour-viewer').classList.contains('tour-loaded')")));
	}

	private static double number(WebDriver browser, String script) {
		return ((Number) script(browser, script)).doubleValue();
	}

	private static Object script(WebDriver browser, String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

}
