package org.craftsman.portal.common;

import java.net.http.HttpResponse;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus metrics are for organizers (or a management port of their own): an
 * anonymous visitor and a staff member are refused, an organizer gets the portal's own
 * figures beside the pool's.
 */
@IntegrationTest
class MetricsEndpointTest {

	@LocalServerPort
	int port;

	@Test
	void anAnonymousVisitorIsSentToTheLoginAndSeesNoMetric() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/prometheus?format=text",
				"/actuator/metrics/portal.likes.backlog", "/actuator/prometheus/", "/actuator//prometheus" }) {
			HttpResponse<String> response = new WebClient(this.port).get(path);
			assertThat(response.statusCode()).as(path).isIn(302, 400, 401, 403, 404);
			assertThat(response.body()).as(path).doesNotContain("portal_likes_backlog").doesNotContain("hikaricp");
		}
	}

	@Test
	void staffMayReadTheDashboardButNotTheMetrics() {
		HttpResponse<String> response = new WebClient(this.port).loggedInAs("staff", "demo-staff")
			.get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("portal_likes_backlog");
	}

	@Test
	void anOrganizerGetsThePortalsFiguresInPrometheusFormat() {
		HttpResponse<String> response = new WebClient(this.port).loggedInAs("organizer", "demo-organizer")
			.get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(response.body()).contains("portal_page_cache_hit_ratio", "portal_page_cache_bytes",
				"portal_likes_backlog", "portal_import_jobs{status=\"COMMITTING\"}",
				"portal_import_jobs{status=\"STALLED\"}", "portal_replica_lag_seconds", "hikaricp_connections_active",
				"hikaricp_connections_max");
		// no replica configured: the lists read from the primary
		assertThat(response.body()).containsPattern("(?m)^portal_replica_in_use(\\{[^}]*\\})? 0(\\.0)?$");
	}

}
