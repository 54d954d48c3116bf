package org.craftsman.portal.live.comments;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.craftsman.portal.PortalApplication;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes on one database: a comment posted on one reaches a viewer of the other
 * within two seconds, an organizer's hiding on one removes it on the other, and each
 * shows the viewers of both as watching.
 */
class TwoNodesCommentsTest {

	@Test
	void commentsHidingsAndViewerCountsCrossNodes() {
		try (ConfigurableApplicationContext nodeA = startNode(); ConfigurableApplicationContext nodeB = startNode()) {
			JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
			OwnRows rows = new OwnRows(jdbc);
			Instant now = Instant.now();
			long broadcast = rows.broadcast("两节点直播", now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.HOURS));
			try {
				awaitListening(nodeA);
				awaitListening(nodeB);
				String stream = "/live/" + broadcast + "/comments/stream";
				try (EventStream onA = EventStream.open(port(nodeA), stream);
						EventStream onB = EventStream.open(port(nodeB), stream)) {
					long started = System.nanoTime();
					HttpResponse<String> posted = new WebClient(port(nodeA)).postRaw("/live/" + broadcast + "/comments",
							Map.of("body", "节点A发的评论"),
							Map.of("Accept", "application/json", "X-Forwarded-For", LiveCommentsTest.newAddress()));
					assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
					long id = Long.parseLong(posted.body().replaceAll("\\D", ""));
					EventStream.Event arrived = onB.next((event) -> event.isComment(id), Duration.ofSeconds(2));
					assertThat(arrived).as("the comment on node B").isNotNull();
					System.out.printf("Live comment latency: %.1f ms from a post on node A to a viewer of node B%n",
							(arrived.arrivedNanos() - started) / 1e6);

					WebClient organizer = new WebClient(port(nodeA)).loggedInAs("organizer", "demo-organizer");
					assertThat(
							organizer.post("/admin/comments/" + id + "/hide", Map.of(), "/admin/comments").statusCode())
						.isEqualTo(302);
					assertThat(onB.next((event) -> "hide".equals(event.name()), Duration.ofSeconds(2)))
						.as("the hiding on node B")
						.isNotNull();

					assertThat(onA.next((event) -> event.data().equals("{\"watching\":2}"), Duration.ofSeconds(10)))
						.as("both viewers counted on node A")
						.isNotNull();
					assertThat(onB.next((event) -> event.data().equals("{\"watching\":2}"), Duration.ofSeconds(10)))
						.as("both viewers counted on node B")
						.isNotNull();
				}
			}
			finally {
				jdbc.update("DELETE FROM audit_log WHERE entity_type = 'LIVE_COMMENTS' AND entity_id IN"
						+ " (SELECT id FROM live_comments WHERE broadcast_id = ?)", broadcast);
				rows.deleteAll();
			}
		}
	}

	private static void awaitListening(ConfigurableApplicationContext node) {
		CommentNotifications notifications = node.getBean(CommentNotifications.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!notifications.listening() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(notifications.listening()).isTrue();
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
