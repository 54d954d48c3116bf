package org.craftsman.portal.home;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.SqlStatementCounter;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No list page loads its rows one by one: the SQL statements a page issues are few, and
 * the same for a page of 10 rows as for a page of 50.
 */
@IntegrationTest
@Import(SqlStatementCounter.class)
@ExtendWith(RestoreCounters.class)
class ListPageStatementsTest {

	/**
	 * Most statements any public page may issue: the home page has one per section (the
	 * conference, the programme and its speakers, the totals, the featured results, the
	 * news).
	 */
	static final int BOUND = 8;

	@LocalServerPort
	int port;

	@Test
	void listPagesIssueABoundedNumberOfStatementsWhateverTheirSize() {
		String q = URLEncoder.encode("检修", StandardCharsets.UTF_8);
		Map<String, String> lists = new LinkedHashMap<>();
		lists.put("results", "/results?");
		lists.put("search", "/results?q=" + q + "&signed=yes&");
		lists.put("an area", "/areas/1?");
		lists.put("the hall", "/hall/list?");
		lists.put("videos of a zone", "/hall/list?kind=video&area=78&");
		lists.put("contracts", "/contracts?sort=amount&");
		StringBuilder report = new StringBuilder();
		for (Map.Entry<String, String> list : lists.entrySet()) {
			List<String> ten = statements(list.getValue() + "size=10");
			List<String> fifty = statements(list.getValue() + "size=50");
			report.append(String.format("%-18s size=10: %d, size=50: %d%n", list.getKey(), ten.size(), fifty.size()));
			assertThat(ten).as(list.getKey()).isNotEmpty().hasSizeLessThanOrEqualTo(BOUND);
			assertThat(fifty).as(list.getKey()).hasSameSizeAs(ten);
		}
		System.out.print(report);
	}

	@Test
	void pagesWithoutPagingIssueABoundedNumberOfStatements() {
		StringBuilder report = new StringBuilder();
		for (String path : List.of("/", "/areas", "/awards", "/live", "/results/1", "/hall/hotspots/1", "/live/1")) {
			List<String> statements = statements(path);
			report.append(String.format("%-18s %d%n", path, statements.size()));
			assertThat(statements).as(path).isNotEmpty().hasSizeLessThanOrEqualTo(BOUND);
		}
		System.out.print(report);
	}

	@Test
	void theCounterSeesEveryStatement() {
		List<String> statements = statements("/results?size=10&signed=yes");
		assertThat(statements).anyMatch((sql) -> sql.startsWith("SELECT count(*) FROM innovation_results"))
			.anyMatch((sql) -> sql.contains("LIMIT"));
	}

	private List<String> statements(String path) {
		String tag = UUID.randomUUID().toString();
		HttpResponse<String> response = new WebClient(this.port).get(path, Map.of(SqlStatementCounter.HEADER, tag));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return SqlStatementCounter.statements(tag);
	}

}
