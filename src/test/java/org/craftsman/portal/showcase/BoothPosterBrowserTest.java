package org.craftsman.portal.showcase;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.craftsman.portal.common.PublicSite;
import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booth posters printed to PDF by headless Chromium, as an organizer prints them: each
 * area's Chinese name reads back from the PDF, and its QR code decodes from the printed
 * page to the area's address with the scan marker.
 */
@IntegrationTest
class BoothPosterBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicSite site;

	@Test
	void anA4PosterPrintsItsChineseNameAndADecodableQrCode() throws Exception {
		long id = this.jdbc.queryForObject("SELECT id FROM exhibition_areas WHERE code = 'A03'", Long.class);
		String name = this.jdbc.queryForObject("SELECT name FROM exhibition_areas WHERE id = ?", String.class, id);
		ChromeDriver browser = Browsers.chromium();
		try {
			browser.get("http://localhost:" + this.port + "/areas/" + id + "/poster?size=A4");
			assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(name);
			try (PDDocument pdf = Loader.loadPDF(print(browser, 21.0, 29.7))) {
				String text = new PDFTextStripper().getText(pdf);
				assertThat(text).contains(name).contains("A03");
				BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
				BufferedImage qr = page.getSubimage(0, page.getHeight() / 6, page.getWidth() / 2, page.getHeight() / 3);
				assertThat(VenueQrAndPlanTest.decode(qr)).isEqualTo(this.site.baseUrl() + "/areas/" + id + "?s=qr");
			}
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theDocumentForThePrintShopHoldsAllSeventySevenPostersInA3() throws Exception {
		List<String> names = this.jdbc.queryForList(
				"SELECT name FROM exhibition_areas WHERE kind = 'OFFLINE' ORDER BY display_order, id", String.class);
		ChromeDriver browser = Browsers.chromium();
		try {
			browser.get("http://localhost:" + this.port + "/login");
			browser.findElement(By.name("username")).sendKeys("organizer");
			browser.findElement(By.name("password")).sendKeys("demo-organizer");
			browser.findElement(By.cssSelector("form [type=submit]")).click();
			browser.get("http://localhost:" + this.port + "/admin/posters?size=A3");
			assertThat(browser.findElements(By.cssSelector("article.poster"))).hasSize(77);
			try (PDDocument pdf = Loader.loadPDF(print(browser, 29.7, 42.0))) {
				assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(77);
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
				assertThat(names).hasSize(77)
					.allSatisfy((name) -> assertThat(text).contains(name.replaceAll("\\s+", "")));
			}
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theShareButtonCopiesThePageLinkAndShowsItsQrCodeByKeyboard() throws Exception {
		long id = this.jdbc.queryForObject("SELECT min(id) FROM innovation_results WHERE published", Long.class);
		ChromeDriver browser = Browsers.chromium(390, 844, "en");
		try {
			browser.get("http://localhost:" + this.port + "/results/" + id + "?s=qr");
			org.openqa.selenium.WebElement share = browser.findElement(By.cssSelector(".share-button"));
			assertThat(share.isDisplayed()).isTrue();
			share.sendKeys(org.openqa.selenium.Keys.ENTER);
			org.openqa.selenium.WebElement dialog = browser.findElement(By.id("share-dialog"));
			assertThat(dialog.isDisplayed()).isTrue();
			assertThat(browser.findElement(By.id("share-link")).getDomProperty("value"))
				.isEqualTo(this.site.baseUrl() + "/results/" + id);
			new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
				.until((driver) -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
						"var i = document.querySelector('.share-qr'); return i.complete && i.naturalWidth > 0;"));
			browser.findElement(By.cssSelector(".share-copy")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
				.until((driver) -> !driver.findElement(By.cssSelector(".share-status")).getText().isEmpty());
			browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
			new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
				.until((driver) -> !driver.findElement(By.id("share-dialog")).isDisplayed());
			assertThat(browser.findElement(By.cssSelector(".scanned-note a")).getDomAttribute("href"))
				.startsWith("/areas/");
		}
		finally {
			browser.quit();
		}
	}

	private static byte[] print(ChromeDriver browser, double widthCm, double heightCm) {
		PrintOptions options = new PrintOptions();
		options.setPageSize(new org.openqa.selenium.print.PageSize(heightCm, widthCm));
		options.setBackground(true);
		return Base64.getDecoder().decode(browser.print(options).getContent());
	}

}
