package org.craftsman.portal.award;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AwardsPageTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void announcementsAreGroupedByAwardInRankOrder() {
		Document page = new WebClient(this.port).page("/awards");
		assertThat(page.select(".award-section h2 span").eachText()).containsExactly("技术成果奖", "最佳组织单位", "优秀组织单位",
				"优秀创新成果");
		assertThat(page.select(".award-entry")).hasSize(52);
		assertThat(page.select("#award-TECH_ACHIEVEMENT .award-rank").eachText()).containsExactly("1", "2", "3", "4",
				"5", "6", "7", "8", "9", "10", "11", "12");
	}

	@Test
	void recipientsLinkToTheirResultsOrOrganizations() {
		Document page = new WebClient(this.port).page("/awards");
		Element first = page.selectFirst("#award-TECH_ACHIEVEMENT .award-entry");
		assertThat(first.select("h3").text()).contains("陈浩").contains("高级技师");
		assertThat(first.select(".award-result a").attr("href")).isEqualTo("/results/1");
		assertThat(first.select(".card-meta a").attr("href")).startsWith("/results?org=");
		Element bestUnit = page.selectFirst("#award-BEST_ORGANIZATION .award-entry");
		assertThat(bestUnit.select("h3").text()).isEqualTo("广东省总工会");
		assertThat(bestUnit.select(".card-meta a").attr("href")).isEqualTo("/results?region=%E5%B9%BF%E4%B8%9C");
		assertThat(page.select("#award-EXCELLENT_RESULT .award-entry h3 a")).hasSize(20)
			.allSatisfy((link) -> assertThat(link.attr("href")).matches("/results/[0-9]+"));
	}

	@Test
	void aLongAwardShowsItsFirstRecipientsAndLinksToAllOfThem() {
		String code = "LONG_LIST_" + System.nanoTime();
		long award = this.jdbc.queryForObject("INSERT INTO awards (code, name, name_en, recipient_kind, display_order)"
				+ " VALUES (?, '长名单奖', 'Long List Award', 'PERSON', 9999) RETURNING id", Long.class, code);
		try {
			this.jdbc.update("INSERT INTO award_announcements (award_id, rank, recipient_name, announced_on)"
					+ " SELECT ?, n, '获奖者' || n, DATE '2022-04-29' FROM generate_series(1, 25) n", award);
			WebClient browser = new WebClient(this.port);
			Document all = browser.page("/awards");
			Element section = all.getElementById("award-" + code);
			assertThat(section.select(".award-entry")).hasSize(AwardController.FIRST_RECIPIENTS);
			assertThat(section.select("h2 small").text()).isEqualTo("25 名");
			Element more = section.selectFirst(".award-more a");
			assertThat(more.attr("href")).isEqualTo("/awards?award=" + code);
			assertThat(all.select("#award-TECH_ACHIEVEMENT .award-more")).isEmpty();

			Document one = browser.page(more.attr("href"));
			assertThat(one.select(".award-section")).hasSize(1);
			assertThat(one.select(".award-entry")).hasSize(25);
			assertThat(one.select(".award-rank").last().text()).isEqualTo("25");
			assertThat(one.select("a[href=/awards]")).isNotEmpty();
			assertThat(browser.get("/awards?award=NO_SUCH_AWARD").statusCode()).isEqualTo(404);
		}
		finally {
			this.jdbc.update("DELETE FROM award_announcements WHERE award_id = ?", award);
			this.jdbc.update("DELETE FROM awards WHERE id = ?", award);
		}
	}

	@Test
	void inEnglishAwardsAndNamesAreEnglish() {
		Document page = new WebClient(this.port).acceptLanguage("en").page("/awards");
		assertThat(page.select(".award-section h2 span").first().text()).isEqualTo("Technical Achievement Award");
		assertThat(page.selectFirst("#award-TECH_ACHIEVEMENT .award-entry h3").text()).contains("Chen Hao");
	}

}
