package org.craftsman.portal.home;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HomePageBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void aVisitorSeesTheTotalsAndSwitchesToEnglish() {
		WebDriver browser = Browsers.chromium();
		try {
			browser.get("http://localhost:" + this.port + "/");
			assertThat(browser.findElement(By.cssSelector("[data-total=signedResults] dd")).getText()).isEqualTo("495");
			browser.findElement(By.linkText("English")).click();
			assertThat(browser.findElement(By.cssSelector("[data-total=likes] dt")).getText()).isEqualTo("Likes");
			browser.get("http://localhost:" + this.port + "/");
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		}
		finally {
			browser.quit();
		}
	}

}
