package org.craftsman.portal.result;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.util.Locale;

import org.craftsman.portal.common.BatchedCounters;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result's own page: everything about it, in both languages, and its visit counter.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class ResultPageTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BatchedCounters views;

	@Test
	void showsTheResultWithItsPeopleOrganizationAreaAndAward() {
		Document page = new WebClient(this.port).page("/results/1");
		assertThat(page.select("h1").text()).isEqualTo(column(1, "title"));
		assertThat(page.select(".subtitle").text()).isEqualTo(column(1, "title_en"));
		assertThat(page.select(".result-summary").text()).isEqualTo(column(1, "summary"));
		assertThat(page.select(".facts").text()).contains(column(1, "innovators"))
			.contains(this.jdbc.queryForObject(
					"SELECT o.name FROM organizations o JOIN innovation_results r ON r.organization_id = o.id WHERE r.id = 1",
					String.class))
			.contains(this.jdbc.queryForObject(
					"SELECT a.name FROM exhibition_areas a JOIN innovation_results r ON r.area_id = a.id WHERE r.id = 1",
					String.class));
		assertThat(page.select("#awards-heading + ul").text()).contains("技术成果奖").contains("陈浩");
		assertThat(page.select("title").text()).startsWith(column(1, "title"));
	}

	@Test
	void listsTheSignedContractsWithTheirAmounts() {
		long result = this.jdbc.queryForObject(
				"SELECT result_id FROM transformation_contracts GROUP BY result_id HAVING count(*) > 1 LIMIT 1",
				Long.class);
		Document page = new WebClient(this.port).page("/results/" + result);
		assertThat(page.select("#contracts tbody tr"))
			.hasSize(count("SELECT count(*) FROM transformation_contracts WHERE result_id = " + result));
		BigDecimal total = this.jdbc.queryForObject(
				"SELECT sum(amount) FROM transformation_contracts WHERE result_id = ?", BigDecimal.class, result);
		NumberFormat yuan = NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE);
		yuan.setMinimumFractionDigits(2);
		assertThat(page.select("#contracts tfoot").text()).contains("¥" + yuan.format(total));
		long unsigned = this.jdbc.queryForObject("SELECT min(id) FROM innovation_results r WHERE NOT EXISTS"
				+ " (SELECT 1 FROM transformation_contracts c WHERE c.result_id = r.id)", Long.class);
		assertThat(new WebClient(this.port).page("/results/" + unsigned).select("#contracts").text()).contains("暂未签约");
	}

	@Test
	void inEnglishTheEnglishTitleLeadsAndTheChineseFollows() {
		Document page = new WebClient(this.port).acceptLanguage("en").page("/results/1");
		assertThat(page.select("h1").text()).isEqualTo(column(1, "title_en"));
		assertThat(page.select(".subtitle[lang=zh-CN]").text()).isEqualTo(column(1, "title"));
		assertThat(page.select(".result-summary").text()).isEqualTo(column(1, "summary_en"));
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void eachOpeningCountsOneVisit() {
		long before = count("SELECT visit_count FROM innovation_results WHERE id = 2");
		WebClient browser = new WebClient(this.port);
		browser.page("/results/2");
		Document second = browser.page("/results/2");
		assertThat(count("SELECT visit_count FROM innovation_results WHERE id = 2")).isEqualTo(before + 2);
		assertThat(second.select(".visit-count").text()).isEqualTo(String.format("%,d", before + 2));
	}

	@Test
	void unknownOrUnpublishedResultsGiveTheNotFoundPage() {
		HttpResponse<String> missing = new WebClient(this.port).get("/results/987654321");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("找不到这个页面");
		OwnRows rows = new OwnRows(this.jdbc);
		try {
			long hidden = rows.result("未发布的成果");
			this.jdbc.update("UPDATE innovation_results SET published = false WHERE id = ?", hidden);
			assertThat(new WebClient(this.port).get("/results/" + hidden).statusCode()).isEqualTo(404);
			assertThat(count("SELECT visit_count FROM innovation_results WHERE id = " + hidden)).isZero();
		}
		finally {
			rows.deleteAll();
		}
		assertThat(new WebClient(this.port).get("/results/abc").statusCode()).isEqualTo(400);
		assertThat(new WebClient(this.port).get("/results/99999999999999999999").statusCode()).isEqualTo(400);
	}

	private String column(long id, String column) {
		return this.jdbc.queryForObject("SELECT " + column + " FROM innovation_results WHERE id = ?", String.class, id);
	}

	private int count(String sql) {
		this.views.flush();
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
