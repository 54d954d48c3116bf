package org.craftsman.portal.home;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.PageChecks;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, filled with the demo data, in both languages: valid HTML by the Nu
 * HTML Checker and no accessibility violation by axe-core.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class PublicPagesCheckTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPublicPageIsValidHtmlInBothLanguages() {
		Map<String, String> failures = new LinkedHashMap<>();
		for (String language : List.of("zh-CN", "en")) {
			WebClient client = new WebClient(this.port).acceptLanguage(language);
			for (Map.Entry<String, String> page : pages().entrySet()) {
				HttpResponse<String> response = client.get(page.getValue());
				assertThat(response.statusCode()).as(page.getValue())
					.isEqualTo(page.getKey().equals("404") ? 404 : 200);
				String errors = PageChecks.htmlErrors(response.body());
				if (!errors.isEmpty()) {
					failures.put(page.getKey() + " [" + language + "] " + page.getValue(), errors);
				}
			}
		}
		assertThat(failures).as("pages with HTML errors").isEmpty();
	}

	@Test
	void everyPublicPageHasNoAccessibilityViolationInBothLanguages() {
		List<String> failures = new ArrayList<>();
		for (String language : List.of("zh-CN", "en")) {
			WebDriver browser = Browsers.chromium(1280, 900, language);
			try {
				for (Map.Entry<String, String> page : pages().entrySet()) {
					browser.get("http://localhost:" + this.port + page.getValue());
					List<String> violations = PageChecks.accessibilityViolations(browser);
					if (!violations.isEmpty()) {
						failures.add(page.getKey() + " [" + language + "] " + page.getValue() + "\n  "
								+ String.join("\n  ", violations));
					}
				}
			}
			finally {
				browser.quit();
			}
		}
		assertThat(failures).as("pages with accessibility violations").isEmpty();
	}

	@Test
	void aPhoneSizedWindowShowsTheListPagesWithoutViolations() {
		WebDriver browser = Browsers.chromium(390, 1600, "zh-CN");
		try {
			for (String path : List.of("/", "/results", "/contracts", "/hall", "/hall/list")) {
				browser.get("http://localhost:" + this.port + path);
				PageChecks.assertAccessible(path + " on a phone", browser);
			}
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theCheckersFindTheFaultsOfABadPage() {
		String bad = "<!DOCTYPE html><html><head><title>t</title></head><body><main><p>text</span>"
				+ "<img src=\"x.png\"><button></button></main></body></html>";
		assertThat(PageChecks.htmlErrors(bad)).contains("span").contains("alt");
		WebDriver browser = Browsers.chromium(800, 600, "en");
		try {
			browser.get("data:text/html;charset=utf-8,"
					+ URLEncoder.encode(bad, StandardCharsets.UTF_8).replace("+", "%20"));
			assertThat(PageChecks.accessibilityViolations(browser)).anyMatch((v) -> v.startsWith("image-alt"))
				.anyMatch((v) -> v.startsWith("button-name"));
		}
		finally {
			browser.quit();
		}
	}

	private Map<String, String> pages() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("areas", "/areas");
		pages.put("offline area", "/areas/" + firstId("SELECT min(id) FROM exhibition_areas WHERE kind = 'OFFLINE'"));
		pages.put("online zone", "/areas/" + firstId("SELECT min(id) FROM exhibition_areas WHERE kind = 'ONLINE'"));
		pages.put("hall", "/hall");
		pages.put("hall videos", "/hall/list?kind=video&page=2");
		pages.put("hall scene", "/hall/scenes/2");
		for (String kind : List.of("GRAPHIC", "AUDIO", "VIDEO")) {
			pages.put(kind.toLowerCase() + " hotspot", "/hall/hotspots/"
					+ firstId("SELECT min(id) FROM online_hotspots WHERE media_kind = '" + kind + "'"));
		}
		pages.put("results", "/results");
		pages.put("search", "/results?q=" + URLEncoder.encode("焊接", StandardCharsets.UTF_8) + "&signed=yes");
		pages.put("empty search", "/results?q=zzzzqqq");
		pages.put("result with contracts and awards", "/results/1");
		pages.put("contracts", "/contracts");
		pages.put("filtered contracts", "/contracts?kind=EQUITY&sort=amount");
		pages.put("awards", "/awards");
		pages.put("live", "/live");
		pages.put("broadcast", "/live/1");
		pages.put("login", "/login");
		pages.put("404", "/results/999999");
		return pages;
	}

	private long firstId(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
