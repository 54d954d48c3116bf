package org.craftsman.portal.contract;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ContractsPageTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theContractsPageAddsUpToTheConferenceTotal() {
		Document page = new WebClient(this.port).page("/contracts");
		assertThat(page.select("#contract-figures").text()).contains("532").contains("¥100,000,000.00");
		assertThat(page.select("#contracts-heading").text()).contains("532").contains("¥100,000,000.00");
		assertThat(page.select("#contract-table tfoot").text()).contains("495").contains("¥100,000,000.00");
		assertThat(page.select("#contract-table tbody tr")).hasSize(20);
		assertThat(page.select("#contract-table td[data-label]")).isNotEmpty();
	}

	@Test
	void filtersNarrowTheListAndItsTotals() {
		WebClient browser = new WebClient(this.port);
		assertThat(heading(browser.page("/contracts?kind=EQUITY"))).contains(String.valueOf(count("kind = 'EQUITY'")))
			.contains(yuan(sum("kind = 'EQUITY'")));
		assertThat(heading(browser.page("/contracts?day=2022-04-27")))
			.contains(String.valueOf(count("signed_on = DATE '2022-04-27'")));
		String transferee = this.jdbc.queryForObject(
				"SELECT t.name FROM transformation_contracts c JOIN organizations t ON t.id = c.transferee_id LIMIT 1",
				String.class);
		Document byName = browser.page("/contracts?q=" + URLEncoder.encode(transferee, StandardCharsets.UTF_8));
		assertThat(byName.select("#contract-table tbody tr").eachText()).allMatch((row) -> row.contains(transferee));
		assertThat(browser.page("/contracts?q=%25%25").select(".empty-state")).isNotEmpty();
	}

	@Test
	void sortingByAmountPutsTheLargestFirst() {
		Document page = new WebClient(this.port).page("/contracts?sort=amount");
		BigDecimal largest = this.jdbc.queryForObject("SELECT max(amount) FROM transformation_contracts",
				BigDecimal.class);
		assertThat(page.select("#contract-table tbody tr td.num").first().text()).isEqualTo(yuan(largest));
		assertThat(page.select(".pagination a[rel=next]").attr("href")).contains("sort=amount");
	}

	@Test
	void malformedParametersGiveASanePage() {
		for (String query : List.of("kind=drop", "day=notaday", "sort=x", "page=-1", "size=100000", "page=abc",
				"q=" + "x".repeat(10_000), "day=2022-13-45")) {
			assertThat(new WebClient(this.port).get("/contracts?" + query).statusCode()).as(query).isEqualTo(200);
		}
		assertThat(new WebClient(this.port).page("/contracts?size=100000").select("#contract-table tbody tr"))
			.hasSize(100);
	}

	private static String heading(Document page) {
		return page.select("#contracts-heading").text();
	}

	private long count(String condition) {
		return this.jdbc.queryForObject("SELECT count(*) FROM transformation_contracts WHERE " + condition, Long.class);
	}

	private BigDecimal sum(String condition) {
		return this.jdbc.queryForObject("SELECT sum(amount) FROM transformation_contracts WHERE " + condition,
				BigDecimal.class);
	}

	private static String yuan(BigDecimal amount) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return "¥" + format.format(amount);
	}

}
