package org.craftsman.portal.inquiry;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inquiry's personal data never reaches a public page or a public API: after an
 * inquiry with distinctive values, every page the sitemap lists (every area, result and
 * hotspot, the lists), the lists' searches for those values, the thank-you page, the like
 * state, /api/stats, the API description, the sitemap and robots.txt hold none of them,
 * in either language.
 */
@IntegrationTest
class InquiryPrivacyTest {

	static final String COMPANY = "隐私测试甲乙丙公司";

	static final String PERSON = "欧阳隐私";

	static final String PHONE = "0755-1357 2468";

	static final String EMAIL = "privacy.canary@example.org";

	static final String MESSAGE = "独特留言XYZZY对接内容";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	OwnRows rows;

	long result;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
		this.result = this.rows.result("隐私测试成果");
	}

	@AfterEach
	void removeRows() {
		this.rows.deleteAll();
	}

	@Test
	void noPublicPageOrApiShowsAnInquirersDetails() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("organizationName", this.rows.tag() + COMPANY);
		fields.put("contactPerson", PERSON);
		fields.put("phone", PHONE);
		fields.put("email", EMAIL);
		fields.put("kind", "TRANSFER");
		fields.put("message", MESSAGE);
		WebClient visitor = new WebClient(this.port);
		HttpResponse<String> sent = visitor.postRaw("/results/" + this.result + "/inquiries", fields);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM inquiries WHERE result_id = ?", Long.class, this.result))
			.isEqualTo(1);

		String sitemap = visitor.get("/sitemap.xml").body();
		List<String> paths = new ArrayList<>();
		for (String loc : Jsoup.parse(sitemap, "", Parser.xmlParser()).select("url > loc").eachText()) {
			paths.add(loc.replaceFirst("^https?://[^/]+", ""));
		}
		assertThat(paths).contains("/results/" + this.result);
		paths.addAll(List.of(sent.headers().firstValue("Location").orElseThrow(), "/results/" + this.result + "/like",
				"/api/stats", "/v3/api-docs", "/sitemap.xml", "/robots.txt", "/results?q=" + encode(COMPANY),
				"/results?q=" + encode(PERSON), "/results?q=" + encode(MESSAGE), "/contracts?q=" + encode(COMPANY),
				"/results/" + this.result + "?lang=en"));
		List<String> secrets = List.of(COMPANY, PERSON, PHONE, EMAIL, MESSAGE, "1357 2468");
		int checked = 0;
		for (WebClient reader : List.of(visitor, new WebClient(this.port).acceptLanguage("en"))) {
			for (String path : paths) {
				HttpResponse<String> response = reader.get(path);
				assertThat(response.statusCode()).as(path).isLessThan(400);
				for (String secret : secrets) {
					if (path.contains("q=" + encode(secret))) {
						// A search shows what was searched for, and nothing else of the
						// inquiry.
						continue;
					}
					assertThat(response.body()).as(path + " holds " + secret).doesNotContain(secret);
				}
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(2 * 100);
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
