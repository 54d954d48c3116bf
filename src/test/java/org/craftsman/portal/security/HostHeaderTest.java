package org.craftsman.portal.security;

import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal never takes its own address from the request's {@code Host} header: its
 * redirects are relative and the API description names the configured public address.
 */
@IntegrationTest
class HostHeaderTest {

	private static final Map<String, String> EVIL = Map.of("Host", "evil.example");

	@LocalServerPort
	int port;

	@Test
	void theLoginRedirectIgnoresAForgedHost() {
		RawHttp.Response response = new RawHttp(this.port).get("/admin/areas", EVIL);
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).hasValue("/login");
	}

	@Test
	void afterLoginTheRedirectIgnoresAForgedHost() {
		RawHttp raw = new RawHttp(this.port);
		String target = raw.get("/admin/areas", EVIL).cookie("LOGIN_TARGET").orElse("");
		RawHttp.Response loginPage = raw.get("/login", EVIL);
		String token = Jsoup.parse(loginPage.body()).select("form input[name=_csrf]").attr("value");
		String cookies = "XSRF-TOKEN=" + loginPage.cookie("XSRF-TOKEN").orElse("") + "; LOGIN_TARGET=" + target;
		RawHttp.Response login = raw.postForm("/login", Map.of("Host", "evil.example", "Cookie", cookies),
				Map.of("username", "organizer", "password", "demo-organizer", "_csrf", token));
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).hasValue("/admin/areas");
	}

	@Test
	void theApiDescriptionNamesTheConfiguredAddress() {
		RawHttp.Response docs = new RawHttp(this.port).get("/v3/api-docs", EVIL);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("\"url\":\"http://localhost:8080\"").doesNotContain("evil.example");
	}

}
