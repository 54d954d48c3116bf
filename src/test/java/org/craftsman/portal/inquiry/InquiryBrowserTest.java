package org.craftsman.portal.inquiry;

import java.time.Duration;

import org.craftsman.portal.support.Browsers;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: a visitor sends an inquiry from a result's page (after fixing a
 * field the portal refused), and an organizer moves it to "contacted" and opens the
 * contract form pre-filled from it.
 */
@IntegrationTest
class InquiryBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	OwnRows rows;

	long result;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
		this.result = this.rows.result("浏览器对接测试成果");
	}

	@AfterEach
	void removeRows() {
		this.jdbc.update("DELETE FROM audit_log WHERE entity_type = 'INQUIRIES' AND entity_id IN"
				+ " (SELECT id FROM inquiries WHERE result_id = ?)", this.result);
		this.rows.deleteAll();
	}

	@Test
	void aVisitorAsksAndAnOrganizerWorksTheInquiryUpToAContract() {
		WebDriver browser = Browsers.chromium();
		try {
			open(browser, "/results/" + this.result);
			browser.findElement(By.id("inquiry-organizationName")).sendKeys(this.rows.tag() + " 浏览器测试公司");
			browser.findElement(By.id("inquiry-contactPerson")).sendKeys("钱浏览");
			browser.findElement(By.id("inquiry-email")).sendKeys("not-an-address");
			browser.findElement(By.cssSelector("input[name=kind][value=TRANSFER]")).click();
			browser.findElement(By.id("inquiry-message")).sendKeys("希望受让该成果。");
			browser.findElement(By.cssSelector(".inquiry-form button[type=submit]")).click();
			wait(browser).until((driver) -> !driver.findElements(By.id("inquiry-email-error")).isEmpty());
			assertThat(count()).isZero();
			browser.findElement(By.id("inquiry-email")).clear();
			browser.findElement(By.id("inquiry-email")).sendKeys("qian@example.com");
			browser.findElement(By.cssSelector(".inquiry-form button[type=submit]")).click();
			wait(browser).until((driver) -> driver.getCurrentUrl().contains("/inquiries/sent"));
			assertThat(count()).isEqualTo(1);
			long inquiry = this.jdbc.queryForObject("SELECT id FROM inquiries WHERE result_id = ?", Long.class,
					this.result);

			open(browser, "/login");
			browser.findElement(By.id("username")).sendKeys("organizer");
			browser.findElement(By.id("password")).sendKeys("demo-organizer", Keys.ENTER);
			wait(browser).until((driver) -> !driver.getCurrentUrl().contains("/login"));
			open(browser, "/admin/inquiries/" + inquiry + "/edit");
			Select status = new Select(browser.findElement(By.id("status")));
			assertThat(status.getOptions()).extracting((option) -> option.getAttribute("value"))
				.containsExactly("NEW", "CONTACTED", "DECLINED");
			status.selectByValue("CONTACTED");
			browser.findElement(By.id("notes")).sendKeys("已电话联系");
			String before = browser.getCurrentUrl();
			browser.findElement(By.cssSelector(".admin-form-actions button[type=submit]")).click();
			wait(browser).until((driver) -> !driver.getCurrentUrl().equals(before));
			assertThat(this.jdbc.queryForObject("SELECT status FROM inquiries WHERE id = ?", String.class, inquiry))
				.isEqualTo("CONTACTED");

			open(browser, "/admin/inquiries/" + inquiry + "/edit");
			browser.findElement(By.cssSelector("a.inquiry-sign-contract")).click();
			wait(browser).until((driver) -> driver.getCurrentUrl().contains("/admin/contracts/new"));
			String code = this.jdbc.queryForObject("SELECT code FROM innovation_results WHERE id = ?", String.class,
					this.result);
			assertThat(browser.findElement(By.id("resultCode")).getAttribute("value")).isEqualTo(code);
			assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("TRANSFER");
			assertThat(browser.findElement(By.id("note")).getAttribute("value")).contains("#" + inquiry);
		}
		finally {
			browser.quit();
		}
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM inquiries WHERE result_id = ?", Long.class, this.result);
	}

	private void open(WebDriver browser, String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static WebDriverWait wait(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

}
