package org.craftsman.portal.session;

import org.craftsman.portal.PortalApplication;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP sessions live in PostgreSQL, so a signed-in organizer stays signed in when the
 * node that served the login stops and another starts: any node can serve any request.
 */
class SessionPersistenceTest {

	@Test
	void aLoginSurvivesARestartOfTheApplication() {
		WebClient browser;
		try (ConfigurableApplicationContext first = startNode()) {
			browser = new WebClient(port(first)).loggedInAs("organizer", "demo-organizer");
			assertThat(signedIn(browser)).isTrue();
		}
		try (ConfigurableApplicationContext second = startNode()) {
			WebClient sameBrowser = browser.onPort(port(second));
			assertThat(signedIn(sameBrowser)).isTrue();
			assertThat(signedIn(new WebClient(port(second)))).isFalse();
		}
	}

	private static boolean signedIn(WebClient browser) {
		return Jsoup.parse(browser.get("/").body()).selectFirst("form.logout-form") != null;
	}

	private static ConfigurableApplicationContext startNode() {
		return new SpringApplicationBuilder(PortalApplication.class).profiles("test")
			.properties("server.port=0", "spring.main.banner-mode=off")
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
