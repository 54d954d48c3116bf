package org.craftsman.portal.result;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegionFilterTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRegionTheFilterOffersYieldsResults() {
		List<String> offered = new WebClient(this.port).page("/results")
			.select("select#region option")
			.eachAttr("value")
			.stream()
			.filter((value) -> !value.isEmpty())
			.toList();
		assertThat(offered).hasSizeGreaterThanOrEqualTo(20);
		for (String region : offered) {
			Document page = new WebClient(this.port)
				.page("/results?region=" + URLEncoder.encode(region, StandardCharsets.UTF_8));
			assertThat(page.select("#result-list > li")).as(region).isNotEmpty();
		}
	}

	@Test
	void theFilterOffersOnlyRegionsWithPublishedResults() {
		List<String> withResults = this.jdbc
			.queryForList("SELECT DISTINCT region FROM innovation_results WHERE published", String.class);
		List<String> offered = new WebClient(this.port).page("/results")
			.select("select#region option")
			.eachAttr("value")
			.stream()
			.filter((value) -> !value.isEmpty())
			.toList();
		assertThat(offered).containsExactlyInAnyOrderElementsOf(withResults).doesNotContain("全国");
	}

}
