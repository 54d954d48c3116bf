package org.craftsman.portal.home;

import java.net.http.HttpResponse;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HomePageTest {

	@LocalServerPort
	int port;

	@Test
	void homePageShowsTheSeedTotalsInChinese() {
		Document home = new WebClient(this.port).page("/");
		assertThat(home.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(figure(home, "offlineAreas")).isEqualTo("77");
		assertThat(figure(home, "floorArea")).isEqualTo("10,260 m²");
		assertThat(figure(home, "hotspots")).isEqualTo("440");
		assertThat(figure(home, "signedResults")).isEqualTo("495");
		assertThat(figure(home, "contractAmount")).isEqualTo("1亿元 ¥100,000,000.00");
		assertThat(figure(home, "visits")).isEqualTo("411万 4,110,000");
		assertThat(figure(home, "likes")).isEqualTo("3081万 30,810,000");
		assertThat(figure(home, "liveViews")).isEqualTo("530万 5,300,000");
		assertThat(home.title()).isEqualTo("大国工匠创新交流大会");
	}

	@Test
	void homePageFollowsTheBrowserLanguageAndTheChoiceIsRemembered() {
		WebClient browser = new WebClient(this.port).acceptLanguage("en-GB,en;q=0.8");
		Document english = browser.page("/");
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(figure(english, "likes")).isEqualTo("30.81 million 30,810,000");
		assertThat(english.select("h1").text()).isEqualTo("The First Great Craftsmen Innovation Exchange Conference");

		browser.page("/?lang=zh-CN");
		assertThat(browser.page("/").select("h1").text()).isEqualTo("首届大国工匠创新交流大会");
	}

	@Test
	void anUnsupportedLanguageFallsBackToChinese() {
		Document page = new WebClient(this.port).acceptLanguage("fr-FR").page("/?lang=xx");
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
	}

	@Test
	void unknownPagesGiveTheFriendly404PageWithoutAStackTrace() {
		HttpResponse<String> response = new WebClient(this.port).get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("找不到这个页面").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void pagesCarrySecurityHeaders() {
		HttpResponse<String> response = new WebClient(this.port).get("/");
		assertThat(response.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("script-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
	}

	private static String figure(Document page, String total) {
		return page.select("[data-total=" + total + "] dd").text();
	}

}
