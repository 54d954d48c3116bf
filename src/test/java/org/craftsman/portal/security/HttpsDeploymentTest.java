package org.craftsman.portal.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy on the same machine or network, the portal knows it is
 * served over HTTPS: every cookie is Secure and responses ask browsers for HTTPS only.
 * Over plain HTTP neither happens, so a local run keeps working.
 */
@IntegrationTest
class HttpsDeploymentTest {

	@LocalServerPort
	int port;

	@Test
	void overHttpsCookiesAreSecureAndBrowsersAreToldToStayOnHttps() {
		Map<String, String> proxied = Map.of("Host", "portal.example", "X-Forwarded-Proto", "https");
		RawHttp raw = new RawHttp(this.port);
		RawHttp.Response loginPage = raw.get("/login?lang=en", proxied);
		assertThat(loginPage.header("Strict-Transport-Security")).get().asString().contains("max-age=");
		assertThat(loginPage.headers("Set-Cookie")).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((cookie) -> assertThat(cookie).contains("Secure"));
		Map<String, String> withCookies = new LinkedHashMap<>(proxied);
		withCookies.put("Cookie", "XSRF-TOKEN=" + loginPage.cookie("XSRF-TOKEN").orElseThrow());
		String token = Jsoup.parse(loginPage.body()).select("form input[name=_csrf]").attr("value");
		RawHttp.Response login = raw.postForm("/login", withCookies,
				Map.of("username", "organizer", "password", "demo-organizer", "_csrf", token));
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.cookie("SESSION")).isPresent();
		assertThat(login.headers("Set-Cookie")).allSatisfy((cookie) -> assertThat(cookie).contains("Secure"));
	}

	@Test
	void overPlainHttpNeitherHappens() {
		RawHttp.Response loginPage = new RawHttp(this.port).get("/login?lang=en", Map.of("Host", "localhost"));
		assertThat(loginPage.header("Strict-Transport-Security")).isEmpty();
		assertThat(loginPage.headers("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).doesNotContain("Secure"));
	}

}
