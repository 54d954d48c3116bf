package org.craftsman.portal.home;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HomeContentTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHomePageFeaturesResultsAndRanksTheMostLiked() {
		Document home = new WebClient(this.port).page("/");
		assertThat(home.select("#featured-results h3").eachText()).hasSize(6)
			.isEqualTo(this.jdbc.queryForList(
					"SELECT title FROM innovation_results WHERE published AND featured ORDER BY like_count DESC, id DESC LIMIT 6",
					String.class));
		assertThat(home.select("#most-liked a").eachText()).isEqualTo(this.jdbc.queryForList(
				"SELECT title FROM innovation_results WHERE published ORDER BY like_count DESC, id DESC LIMIT 6",
				String.class));
	}

	@Test
	void theHomePageLeadsToEverySection() {
		Document home = new WebClient(this.port).page("/");
		assertThat(home.select(".entry-points a").eachAttr("href")).containsExactly("/areas", "/hall", "/results",
				"/contracts", "/awards", "/live");
		assertThat(home.select("#live-replays .broadcast")).hasSize(3);
		assertThat(home.select(".hero-meta").text()).contains("深圳会展中心").doesNotContain("深圳深圳");
	}

}
