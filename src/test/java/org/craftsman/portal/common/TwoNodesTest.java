package org.craftsman.portal.common;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.craftsman.portal.PortalApplication;
import org.craftsman.portal.admin.BadInputTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes on one database, both keeping public pages in memory, as behind the
 * load balancer: node B reads its public lists through a replica pool (here on the same
 * database, so it always keeps up). An organizer's edit on node A shows on node B's kept
 * pages within a second; a login on one node is valid on the other.
 */
class TwoNodesTest {

	static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	static JdbcTemplate jdbc;

	static OwnRows rows;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = startNode();
		String url = nodeA.getEnvironment().getProperty("spring.datasource.url");
		nodeB = startNode("spring.datasource.replica.url=" + url);
		jdbc = nodeA.getBean(JdbcTemplate.class);
		rows = new OwnRows(jdbc);
	}

	@AfterAll
	static void stopNodes() {
		if (rows != null) {
			rows.deleteAll();
		}
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void anEditOnOneNodeShowsOnTheOtherNodesKeptPagesWithinASecond() throws Exception {
		long id = rows.result("两节点成果");
		String title = jdbc.queryForObject("SELECT title FROM innovation_results WHERE id = ?", String.class, id);
		String search = "/results?q=" + URLEncoder.encode(rows.tag(), StandardCharsets.UTF_8);
		WebClient visitorOnB = new WebClient(port(nodeB));
		awaitPage(visitorOnB, search, (body) -> body.contains(title), Duration.ofSeconds(30));
		awaitPage(visitorOnB, "/results/" + id, (body) -> body.contains(title), Duration.ofSeconds(30));
		assertThat(nodeB.getBean(PublicReads.class).onReplica()).as("node B reads its lists from its replica").isTrue();
		// kept on B now
		assertThat(visitorOnB.get(search).body()).contains(title);

		WebClient organizerOnA = new WebClient(port(nodeA)).loggedInAs("organizer", "demo-organizer");
		Map<String, String> form = new LinkedHashMap<>(BadInputTest.valid("results"));
		form.put("code", jdbc.queryForObject("SELECT code FROM innovation_results WHERE id = ?", String.class, id));
		form.put("title", title + " 改于A");
		form.put("version", String
			.valueOf(jdbc.queryForObject("SELECT version FROM innovation_results WHERE id = ?", Integer.class, id)));
		HttpResponse<String> saved = organizerOnA.post("/admin/results/" + id + "/edit", form,
				"/admin/results/" + id + "/edit");
		assertThat(saved.statusCode()).isEqualTo(302);
		Instant committed = Instant.now();
		awaitPage(visitorOnB, "/results/" + id, (body) -> body.contains(title + " 改于A"), VISIBLE_WITHIN);
		awaitPage(visitorOnB, search, (body) -> body.contains(title + " 改于A"), VISIBLE_WITHIN);
		assertThat(Duration.between(committed, Instant.now())).isLessThan(VISIBLE_WITHIN);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'portal-replica-reads'", Long.class))
			.as("node B's replica pool served reads")
			.isPositive();
	}

	@Test
	void aLoginOnOneNodeIsValidOnTheOther() {
		WebClient browser = new WebClient(port(nodeA)).loggedInAs("organizer", "demo-organizer");
		assertThat(signedIn(browser)).isTrue();
		assertThat(signedIn(browser.onPort(port(nodeB)))).isTrue();
		assertThat(browser.onPort(port(nodeB)).get("/admin/results").statusCode()).isEqualTo(200);
		assertThat(signedIn(new WebClient(port(nodeB)))).isFalse();
	}

	private static void awaitPage(WebClient visitor, String path, Predicate<String> shown, Duration within)
			throws Exception {
		Instant deadline = Instant.now().plus(within);
		String body = visitor.get(path).body();
		while (!shown.test(body)) {
			assertThat(Instant.now()).as("%s shows the change within %s", path, within).isBefore(deadline);
			Thread.sleep(25);
			body = visitor.get(path).body();
		}
	}

	private static boolean signedIn(WebClient browser) {
		return Jsoup.parse(browser.get("/").body()).selectFirst("form.logout-form") != null;
	}

	private static ConfigurableApplicationContext startNode(String... properties) {
		return new SpringApplicationBuilder(PortalApplication.class).profiles("test")
			.properties("server.port=0", "spring.main.banner-mode=off", "portal.page-cache.enabled=true")
			.properties(properties)
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
