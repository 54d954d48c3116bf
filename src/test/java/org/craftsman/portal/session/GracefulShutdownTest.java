package org.craftsman.portal.session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.craftsman.portal.PortalApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping a node lets the requests it is serving finish before it goes.
 */
class GracefulShutdownTest {

	static final CountDownLatch REQUEST_STARTED = new CountDownLatch(1);

	/**
	 * Longer than the web server's own few seconds of patience when it stops without
	 * grace.
	 */
	static final Duration SERVICE_TIME = Duration.ofSeconds(8);

	@Test
	void inFlightRequestsFinishWhenTheApplicationStops() throws Exception {
		ConfigurableApplicationContext node = new SpringApplicationBuilder(PortalApplication.class, SlowEndpoint.class)
			.profiles("test")
			.properties("server.port=0", "spring.main.banner-mode=off")
			.run();
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test-slow")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(REQUEST_STARTED.await(20, TimeUnit.SECONDS)).isTrue();

		node.close();

		// Stopping waited for the request: its response is there (give it a moment to
		// arrive).
		HttpResponse<String> response = inFlight.get(1, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("finished");
	}

	@RestController
	static class SlowEndpoint {

		private final JdbcTemplate jdbc;

		SlowEndpoint(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		/** Works for a while, then needs the database: it must still be there. */
		@GetMapping("/test-slow")
		String slow() throws InterruptedException {
			REQUEST_STARTED.countDown();
			Thread.sleep(SERVICE_TIME.toMillis());
			return this.jdbc.queryForObject("SELECT 'finished'", String.class);
		}

	}

}
