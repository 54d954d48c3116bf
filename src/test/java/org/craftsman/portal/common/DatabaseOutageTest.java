package org.craftsman.portal.common;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes the test database away from the portal (refusing new connections and cutting the
 * open ones), then gives it back: attendees see the friendly 503 page meanwhile, and the
 * portal recovers by itself.
 */
@IntegrationTest
class DatabaseOutageTest {

	@LocalServerPort
	int port;

	@Value("${spring.datasource.url}")
	String url;

	@Test
	void visitorsSeeAFriendlyPageWhileTheDatabaseIsDownAndThePortalRecoversByItself() throws Exception {
		WebClient visitor = new WebClient(this.port);
		assertThat(visitor.get("/").statusCode()).isEqualTo(200);
		String database = this.url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
		try {
			admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
			admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

			// The first request meets a connection cut under it, the next finds none to
			// be had.
			for (int attempt = 0; attempt < 2; attempt++) {
				HttpResponse<String> during = visitor.get("/");
				assertThat(during.statusCode()).isEqualTo(503);
				assertThat(during.headers().firstValue("Retry-After")).contains("5");
				assertThat(during.body()).contains("门户暂时繁忙").doesNotContain("Exception").doesNotContain("at org.");
			}
		}
		finally {
			admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		int status;
		do {
			status = visitor.get("/").statusCode();
		}
		while (status != 200 && Instant.now().isBefore(deadline));
		assertThat(status).isEqualTo(200);
	}

	/**
	 * An organizer's session lives in the database too: its lookup fails before any
	 * controller runs, and must still give the friendly page, not the web server's bare
	 * 500; once the database is back the organizer is still logged in.
	 */
	@Test
	void loggedInOrganizersSeeTheFriendlyPageTooAndStayLoggedIn() throws Exception {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		assertThat(organizer.get("/admin/contracts").statusCode()).isEqualTo(200);
		String database = this.url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
		try {
			admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
			admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

			for (String path : new String[] { "/admin/contracts", "/dashboard", "/", "/api/stats" }) {
				HttpResponse<String> during = organizer.get(path);
				assertThat(during.statusCode()).as(path).isEqualTo(503);
				assertThat(during.headers().firstValue("Retry-After")).as(path).contains("5");
				assertThat(during.body()).as(path)
					.doesNotContain("Exception")
					.doesNotContain("at org.")
					.doesNotContain("Internal Server Error");
				if (!path.startsWith("/api/")) {
					assertThat(during.body()).as(path).contains("门户暂时繁忙");
				}
			}
		}
		finally {
			admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		int status;
		do {
			status = organizer.get("/admin/contracts").statusCode();
		}
		while (status != 200 && Instant.now().isBefore(deadline));
		assertThat(status).isEqualTo(200);
	}

	private void admin(String sql) throws SQLException {
		String server = this.url.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
		try (Connection connection = DriverManager.getConnection(server, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
