package org.craftsman.portal.inquiry;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inquiry form of a result's page over real HTTP: a good inquiry is stored and
 * thanked on a page of its own; bad input gets a message on each field in the reader's
 * language and stores nothing; the hidden field, another site's post and a post past the
 * limit per client address store nothing either.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.inquiries.per-hour=" + InquiryFormTest.PER_HOUR)
class InquiryFormTest {

	static final int PER_HOUR = 8;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InquiryLimits limits;

	OwnRows rows;

	long result;

	WebClient web;

	@BeforeEach
	void setUp() {
		this.limits.forgetAll();
		this.rows = new OwnRows(this.jdbc);
		this.result = this.rows.result("对接测试成果");
		this.web = new WebClient(this.port);
	}

	@AfterEach
	void removeRows() {
		this.rows.deleteAll();
		this.limits.forgetAll();
	}

	private Map<String, String> good() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("organizationName", this.rows.tag() + " 深圳精工机械有限公司");
		fields.put("contactPerson", "李明");
		fields.put("phone", "0755-8888 6666");
		fields.put("email", "");
		fields.put("kind", "LICENCE");
		fields.put("message", "我们希望获得该成果的使用许可。");
		fields.put("website", "");
		return fields;
	}

	private HttpResponse<String> send(Map<String, String> fields) {
		return this.web.postRaw("/results/" + this.result + "/inquiries", fields);
	}

	private long stored() {
		return this.jdbc.queryForObject("SELECT count(*) FROM inquiries WHERE result_id = ?", Long.class, this.result);
	}

	@Test
	void aGoodInquiryIsStoredAndThankedOnAPageOfItsOwn() {
		HttpResponse<String> sent = send(good());
		assertThat(sent.statusCode()).isEqualTo(302);
		String location = sent.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/inquiries/sent?result=" + this.result);
		assertThat(stored()).isEqualTo(1);
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM inquiries WHERE result_id = ?", this.result);
		assertThat(row).containsEntry("contact_person", "李明")
			.containsEntry("phone", "0755-8888 6666")
			.containsEntry("status", "NEW")
			.containsEntry("kind", "LICENCE");
		assertThat(row.get("email")).isNull();
		HttpResponse<String> thanks = this.web.get(location + "&lang=en");
		assertThat(thanks.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(thanks.body()).select("h1").text()).contains("your inquiry has been sent");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_log WHERE entity_type = 'INQUIRIES' AND entity_id = ? AND actor = 'visitor'",
				Long.class, row.get("id")))
			.isEqualTo(1);
		String audited = this.jdbc.queryForObject(
				"SELECT changes::text FROM audit_log WHERE entity_type = 'INQUIRIES'" + " AND entity_id = ?",
				String.class, row.get("id"));
		assertThat(audited).doesNotContain("李明").doesNotContain("0755");
	}

	@Test
	void theResultPageOffersTheFormToEveryVisitorAlike() {
		Document page = this.web.page("/results/" + this.result);
		assertThat(page.select("form.inquiry-form").attr("action")).isEqualTo("/results/" + this.result + "/inquiries");
		assertThat(page.select("form.inquiry-form input[name=_csrf]")).isEmpty();
		assertThat(page.select("form.inquiry-form [name]").eachAttr("name")).contains("organizationName",
				"contactPerson", "phone", "email", "kind", "message", "website");
		assertThat(page.select("#inquiry-website").attr("tabindex")).isEqualTo("-1");
		assertThat(page.select(".inquiry-trap").attr("aria-hidden")).isEqualTo("true");
	}

	@Test
	void badInputGetsAMessageOnEachFieldInBothLanguagesAndStoresNothing() {
		Map<String, String> bad = good();
		bad.put("organizationName", " ");
		bad.put("contactPerson", "");
		bad.put("phone", "call me");
		bad.put("email", "not-an-address");
		bad.put("kind", "STEAL");
		bad.put("message", "x".repeat(2001));
		HttpResponse<String> zh = send(bad);
		assertThat(zh.statusCode()).isEqualTo(422);
		Document zhPage = Jsoup.parse(zh.body());
		for (String field : new String[] { "organizationName", "contactPerson", "phone", "email", "message" }) {
			assertThat(zhPage.select("#inquiry-" + field + "-error").text()).as(field).isNotBlank();
			assertThat(zhPage.select("#inquiry-" + field).attr("aria-invalid")).as(field).isEqualTo("true");
		}
		assertThat(zhPage.select("#inquiry-organizationName-error").text()).isEqualTo("请填写此项。");
		assertThat(zhPage.select("#inquiry-email-error").text()).contains("电子邮箱");
		assertThat(zhPage.select(".inquiry-kinds .field-error").text()).isNotBlank();
		assertThat(zhPage.select("#inquiry-errors li")).hasSizeGreaterThanOrEqualTo(6);
		assertThat(zhPage.select("#inquiry-phone").attr("value")).isEqualTo("call me");

		HttpResponse<String> en = this.web.postRaw("/results/" + this.result + "/inquiries?lang=en", bad);
		Document enPage = Jsoup.parse(en.body());
		assertThat(enPage.select("#inquiry-organizationName-error").text()).isEqualTo("Fill in this field.");
		assertThat(enPage.select("#inquiry-phone-error").text()).contains("phone number");
		assertThat(stored()).isZero();
	}

	@Test
	void anInquiryNeedsAPhoneOrAnEmail() {
		Map<String, String> unreachable = good();
		unreachable.put("phone", "");
		HttpResponse<String> refused = send(unreachable);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).select("#inquiry-phone-error").text()).contains("联系电话或电子邮箱");
		Map<String, String> byMail = good();
		byMail.put("phone", "");
		byMail.put("email", "li.ming@example.com");
		assertThat(send(byMail).statusCode()).isEqualTo(302);
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void theHiddenFieldFilledInIsThankedAndStoresNothing() {
		Map<String, String> script = good();
		script.put("website", "http://spam.example");
		HttpResponse<String> answer = send(script);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).contains("/inquiries/sent?result=" + this.result);
		assertThat(stored()).isZero();
	}

	@Test
	void aPostFromAnotherSiteIsRefusedAndStoresNothing() {
		HttpResponse<String> crossSite = this.web.postRaw("/results/" + this.result + "/inquiries", good(),
				Map.of("Sec-Fetch-Site", "cross-site"));
		assertThat(crossSite.statusCode()).isEqualTo(403);
		HttpResponse<String> foreignOrigin = this.web.postRaw("/results/" + this.result + "/inquiries", good(),
				Map.of("Origin", "https://evil.example"));
		assertThat(foreignOrigin.statusCode()).isEqualTo(403);
		assertThat(stored()).isZero();
		HttpResponse<String> sameOrigin = this.web.postRaw("/results/" + this.result + "/inquiries", good(),
				Map.of("Sec-Fetch-Site", "same-origin"));
		assertThat(sameOrigin.statusCode()).isEqualTo(302);
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void pastTheLimitPerAddressAnInquiryIsRefusedAndStoresNothing() {
		for (int i = 0; i < PER_HOUR; i++) {
			assertThat(send(good()).statusCode()).isEqualTo(302);
		}
		HttpResponse<String> refused = send(good());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).contains("3600");
		assertThat(stored()).isEqualTo(PER_HOUR);
	}

	@Test
	void anUnknownOrUnpublishedResultGivesNotFound() {
		assertThat(this.web.postRaw("/results/999999999/inquiries", good()).statusCode()).isEqualTo(404);
		this.jdbc.update("UPDATE innovation_results SET published = false WHERE id = ?", this.result);
		assertThat(send(good()).statusCode()).isEqualTo(404);
		assertThat(this.web.postRaw("/results/abc/inquiries", good()).statusCode()).isIn(400, 404);
		assertThat(stored()).isZero();
	}

}
