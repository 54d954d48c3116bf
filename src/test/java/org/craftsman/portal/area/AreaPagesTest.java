package org.craftsman.portal.area;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AreaPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAreasPageListsEveryOfflineAreaByHallAndTheOnlineZones() {
		Document page = new WebClient(this.port).page("/areas");
		assertThat(page.select(".hall-section:not(#online) .area-card")).hasSize(77);
		assertThat(page.select("#online .area-card")).hasSize(8);
		assertThat(page.select(".chips a"))
			.hasSize(count("SELECT count(DISTINCT hall) FROM exhibition_areas WHERE kind = 'OFFLINE'") + 1);
		assertThat(page.select(".area-card").first().text()).contains("A01").contains("m²");
		assertThat(page.select("#hall-1 h2").text()).startsWith("1号馆");
	}

	@Test
	void anAreaDescribesItselfInTheReadersLanguage() {
		WebClient browser = new WebClient(this.port);
		assertThat(browser.page("/areas/1?lang=zh-CN").select(".lead").text()).contains("位于深圳会展中心");
		assertThat(browser.page("/areas/1?lang=en").select(".lead").text())
			.contains("Shenzhen Convention and Exhibition Center")
			.doesNotContain("深圳");
	}

	@Test
	void anAreaShowsItsResultsPageByPage() {
		long area = this.jdbc.queryForObject(
				"SELECT area_id FROM innovation_results GROUP BY area_id HAVING count(*) > 12 ORDER BY area_id LIMIT 1",
				Long.class);
		int results = count("SELECT count(*) FROM innovation_results WHERE published AND area_id = " + area);
		WebClient browser = new WebClient(this.port);
		Document first = browser.page("/areas/" + area);
		assertThat(first.select("h1").text())
			.isEqualTo(this.jdbc.queryForObject("SELECT name FROM exhibition_areas WHERE id = ?", String.class, area));
		assertThat(first.select("#result-list > li")).hasSize(12);
		assertThat(first.select(".figure").text()).contains(String.valueOf(results));
		Document last = browser.page(first.select(".pagination a[rel=next]").attr("href"));
		assertThat(last.select("#result-list > li")).hasSize(Math.min(12, results - 12));
		assertThat(first.select("#result-list h3 a").first().text()).isEqualTo(this.jdbc.queryForObject(
				"SELECT title FROM innovation_results WHERE area_id = ? ORDER BY like_count DESC, id DESC LIMIT 1",
				String.class, area));
	}

	@Test
	void anOnlineZoneShowsItsHotspotsAndLeadsToTheHall() {
		long zone = this.jdbc.queryForObject("SELECT min(id) FROM exhibition_areas WHERE kind = 'ONLINE'", Long.class);
		Document page = new WebClient(this.port).page("/areas/" + zone);
		assertThat(page.select("#hotspot-list > li")).hasSize(8);
		assertThat(page.select(".more-link a").attr("href")).isEqualTo("/hall/list?area=" + zone);
		assertThat(page.select(".more-link a").text())
			.contains(String.valueOf(count("SELECT count(*) FROM online_hotspots WHERE area_id = " + zone)));
	}

	@Test
	void unknownAreasGiveTheNotFoundPageAndMalformedOnesABadRequest() {
		assertThat(new WebClient(this.port).get("/areas/424242").statusCode()).isEqualTo(404);
		assertThat(new WebClient(this.port).get("/areas/abc").statusCode()).isEqualTo(400);
		assertThat(new WebClient(this.port).get("/areas/1?page=-1&size=100000").statusCode()).isEqualTo(200);
	}

	@Test
	void inEnglishHallsAndNamesAreEnglish() {
		Document page = new WebClient(this.port).acceptLanguage("en").page("/areas");
		assertThat(page.select("#hall-1 h2").text()).startsWith("Hall 1");
		assertThat(page.select(".area-card h3").first().text()).isEqualTo(
				this.jdbc.queryForObject("SELECT name_en FROM exhibition_areas WHERE code = 'A01'", String.class));
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
