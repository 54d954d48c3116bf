package org.craftsman.portal.common.web;

import java.net.http.HttpResponse;

import org.craftsman.portal.support.RestoreCounters;
import org.junit.jupiter.api.extension.ExtendWith;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The error page: reached only through an error, and its language links stay put. */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class ErrorPagesTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/error", "/error?lang=en", "/error?lang=zh-CN", "/error/x" })
	void theErrorAddressOpenedDirectlyIsNotFound(String path) {
		HttpResponse<String> response = new WebClient(this.port).get(path);
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".error-code").text()).isEqualTo("404");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page?x=1", "/results/999999999?x=1" })
	void theNotFoundPageSwitchesLanguageOnTheMissingAddress(String path) {
		HttpResponse<String> response = new WebClient(this.port).get(path);
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		String base = path.substring(0, path.indexOf('?'));
		assertThat(page.select(".lang-switch a[hreflang=en]").attr("href")).isEqualTo(base + "?x=1&lang=en");
		assertThat(page.select(".lang-switch a[hreflang=zh-CN]").attr("href")).isEqualTo(base + "?x=1&lang=zh-CN");
		HttpResponse<String> english = new WebClient(this.port).get(base + "?x=1&lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(english.body()).select("html").attr("lang")).isEqualTo("en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/results?q=x", "/contracts?kind=TRANSFER&page=2" })
	void anOrdinaryPageSwitchesLanguageOnItself(String path) {
		Document page = new WebClient(this.port).page(path);
		assertThat(page.select(".lang-switch a[hreflang=en]").attr("href")).isEqualTo(path + "&lang=en");
	}

}
