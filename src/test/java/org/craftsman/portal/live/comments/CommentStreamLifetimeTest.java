package org.craftsman.portal.live.comments;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.craftsman.portal.PortalApplication;
import org.craftsman.portal.support.OwnRows;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comment stream in its node's life: one address gets only so many, an idle one gets
 * heartbeats, it outlives the server's async timeout, and a stopping node ends its
 * streams at once instead of waiting for them through the graceful shutdown.
 */
class CommentStreamLifetimeTest {

	@Test
	void anIdleStreamGetsHeartbeatsOutlivesTheAsyncTimeoutAndEndsWhenItsNodeStops() throws Exception {
		ConfigurableApplicationContext node = new SpringApplicationBuilder(PortalApplication.class).profiles("test")
			.properties("server.port=0", "spring.main.banner-mode=off", "portal.comments.heartbeat=300ms",
					"portal.comments.max-streams-per-address=2", "spring.mvc.async.request-timeout=1s")
			.run();
		// Outlives the node, to remove the test's rows afterwards.
		HikariDataSource pool = node.getBean(HikariDataSource.class);
		OwnRows rows = new OwnRows(new JdbcTemplate(
				new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())));
		try {
			Instant now = Instant.now();
			long broadcast = rows.broadcast("心跳直播", now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.HOURS));
			int port = ((WebServerApplicationContext) node).getWebServer().getPort();
			String path = "/live/" + broadcast + "/comments/stream";
			try (EventStream stream = EventStream.open(port, path)) {
				try (EventStream second = EventStream.open(port, path)) {
					assertThat(second.status()).isEqualTo(200);
					EventStream third = EventStream.open(port, path);
					assertThat(third.status()).as("a third stream from one address").isEqualTo(503);
					third.close();
				}
				// The closed one is noticed at its next heartbeat and makes room again.
				long roomDeadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
				int status = 503;
				while (status == 503 && System.nanoTime() < roomDeadline) {
					Thread.sleep(200);
					try (EventStream again = EventStream.open(port, path)) {
						status = again.status();
					}
				}
				assertThat(status).isEqualTo(200);
				Thread.sleep(2500);
				assertThat(stream.heartbeats()).as("heartbeats in 2.5 s").isGreaterThanOrEqualTo(3);
				assertThat(stream.endedNanos()).as("still open after the async timeout").isZero();
				long stopping = System.nanoTime();
				node.close();
				long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
				while (stream.endedNanos() == 0 && System.nanoTime() < deadline) {
					Thread.sleep(20);
				}
				assertThat(stream.endedNanos()).as("the stream ended").isNotZero();
				Duration stop = Duration.ofNanos(System.nanoTime() - stopping);
				System.out.printf("A node with an open comment stream stopped in %d ms%n", stop.toMillis());
				assertThat(stop).isLessThan(Duration.ofSeconds(10));
			}
		}
		finally {
			rows.deleteAll();
			node.close();
		}
	}

}
