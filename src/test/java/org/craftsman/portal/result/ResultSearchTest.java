package org.craftsman.portal.result;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.craftsman.portal.common.Vocabulary;
import org.craftsman.portal.common.web.Paging;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results list: full-text search in Chinese and English, filters, orders and pages,
 * on the demo data, checked against plain SQL.
 */
@IntegrationTest
class ResultSearchTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResultQueries results;

	@ParameterizedTest
	@ValueSource(strings = { "焊接", "检修", "机床", "叶片", "轴承", "巡检", "专利", "难题" })
	void aTwoCharacterTermFindsEveryResultWhoseTitleOrSummaryContainsIt(String term) {
		Set<Long> expected = new HashSet<>(this.jdbc.queryForList(
				"SELECT id FROM innovation_results WHERE published AND (title LIKE ? OR summary LIKE ? OR innovators LIKE ?)",
				Long.class, "%" + term + "%", "%" + term + "%", "%" + term + "%"));
		Set<Long> inTitleOrSummary = new HashSet<>(this.jdbc.queryForList(
				"SELECT id FROM innovation_results WHERE published AND (title LIKE ? OR summary LIKE ?)", Long.class,
				"%" + term + "%", "%" + term + "%"));
		assertThat(inTitleOrSummary).isNotEmpty();
		assertThat(ids(search(term))).containsAll(inTitleOrSummary).isEqualTo(expected);
		Document page = new WebClient(this.port).page("/results?q=" + encode(term));
		assertThat(page.select("#results-heading").text()).contains(String.format("%,d", expected.size()));
	}

	@Test
	void aLongerChineseTermFindsEveryResultContainingIt() {
		Set<Long> containing = new HashSet<>(this.jdbc.queryForList(
				"SELECT id FROM innovation_results WHERE published AND (title LIKE '%数控机床%' OR summary LIKE '%数控机床%')",
				Long.class));
		assertThat(containing).isNotEmpty();
		assertThat(ids(search("数控机床"))).containsAll(containing);
	}

	@Test
	void titleMatchesComeFirst() {
		List<ResultCard> found = search("焊接").getContent();
		assertThat(found.get(0).title()).contains("焊接");
	}

	@Test
	void englishWordsAreStemmedLikeTheIndex() {
		Set<Long> withWelding = new HashSet<>(this.jdbc.queryForList(
				"SELECT id FROM innovation_results WHERE published AND (title_en ILIKE '%welding%' OR summary_en ILIKE '%welding%')",
				Long.class));
		assertThat(withWelding).isNotEmpty();
		Set<Long> found = ids(search("weld"));
		assertThat(found).containsAll(withWelding);
		assertThat(ids(search("Welding distortion"))).isNotEmpty()
			.allSatisfy((id) -> assertThat(titleEn(id) + summaryEn(id)).containsIgnoringCase("weld"));
	}

	@Test
	void chineseAndEnglishWordsTogetherMustBothMatch() {
		Set<Long> both = ids(search("焊接 hull"));
		assertThat(both).isNotEmpty()
			.allSatisfy((id) -> assertThat(titleEn(id) + summaryEn(id)).containsIgnoringCase("hull"));
		assertThat(ids(search("焊接"))).containsAll(both);
	}

	@Test
	void wordsWithNothingToFindGiveTheEmptyState() {
		Document page = new WebClient(this.port).page("/results?q=" + encode("!!! ###"));
		assertThat(page.select("#result-list")).isEmpty();
		assertThat(page.select(".empty-state").text()).contains("没有找到");
		assertThat(new WebClient(this.port).page("/results?q=the").select(".empty-state")).isNotEmpty();
	}

	@Test
	void filtersNarrowTheListAsTheDatabaseCounts() {
		long area = this.jdbc.queryForObject(
				"SELECT area_id FROM innovation_results GROUP BY area_id ORDER BY count(*) DESC LIMIT 1", Long.class);
		assertThat(total("/results?area=" + area)).isEqualTo(count("area_id = " + area));
		assertThat(total("/results?category=" + encode("电力能源"))).isEqualTo(count("category = '电力能源'"));
		assertThat(total("/results?region=" + encode("广东"))).isEqualTo(count("region = '广东'"));
		assertThat(total("/results?signed=yes")).isEqualTo(495);
		assertThat(total("/results?signed=no")).isEqualTo(count("true") - 495);
		long organization = this.jdbc.queryForObject("SELECT organization_id FROM innovation_results LIMIT 1",
				Long.class);
		assertThat(total("/results?org=" + organization)).isEqualTo(count("organization_id = " + organization));
		assertThat(total("/results?category=" + encode("电力能源") + "&region=" + encode("广东") + "&signed=yes"))
			.isEqualTo(count("category = '电力能源' AND region = '广东'"
					+ " AND EXISTS (SELECT 1 FROM transformation_contracts c WHERE c.result_id = innovation_results.id)"));
	}

	@Test
	void theWholeListCountsEveryPublishedResult() {
		assertThat(total("/results")).isEqualTo(count("true"));
	}

	@Test
	void searchFollowsEditsAndPublicationButNotLikes() {
		OwnRows rows = new OwnRows(this.jdbc);
		try {
			long id = rows.result("钛合金蜂窝夹层成型工装");
			assertThat(total("/results?q=" + encode("蜂窝夹层"))).isEqualTo(1);
			long version = searchRowVersion(id);
			new WebClient(this.port).postRaw("/results/" + id + "/like", Map.of());
			assertThat(this.jdbc.queryForObject(
					"SELECT like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0) FROM innovation_results r WHERE id = ?",
					Long.class, id))
				.isEqualTo(1);
			assertThat(searchRowVersion(id)).as("a like leaves the search row alone").isEqualTo(version);
			this.jdbc.update("UPDATE innovation_results SET title = '钛合金蜂巢壁板成型工装' WHERE id = ?", id);
			assertThat(total("/results?q=" + encode("蜂窝夹层"))).isZero();
			assertThat(total("/results?q=" + encode("蜂巢壁板"))).isEqualTo(1);
			this.jdbc.update("UPDATE innovation_results SET published = false WHERE id = ?", id);
			assertThat(total("/results?q=" + encode("蜂巢壁板"))).isZero();
			this.jdbc.update("UPDATE innovation_results SET published = true WHERE id = ?", id);
			assertThat(total("/results?q=" + encode("蜂巢壁板"))).isEqualTo(1);
		}
		finally {
			rows.deleteAll();
		}
		assertThat(this.jdbc
			.queryForObject("SELECT count(*) FROM result_search s WHERE NOT EXISTS (SELECT 1 FROM innovation_results r"
					+ " WHERE r.id = s.result_id AND r.published)", Long.class))
			.isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "电力", "能源", "山东", "青岛" })
	void aChineseTermFindsTheResultsWhoseCardOrPageShowsIt(String term) {
		assertFoundResultsShow(new WebClient(this.port), term);
	}

	@ParameterizedTest
	@ValueSource(strings = { "power", "aerospace", "Shandong", "Qingdao" })
	void anEnglishTermFindsTheResultsWhoseEnglishCardOrPageShowsIt(String term) {
		assertFoundResultsShow(new WebClient(this.port).acceptLanguage("en"), term);
	}

	private static void assertFoundResultsShow(WebClient browser, String term) {
		Document page = browser.page("/results?q=" + encode(term));
		Elements cards = page.select("#result-list .card");
		assertThat(cards).as(term).isNotEmpty();
		for (Element card : cards) {
			if (!card.text().toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT))) {
				String detail = browser.page(card.select("h3 a").attr("href")).select("#main").text();
				assertThat(detail).as(card.select("h3").text()).containsIgnoringCase(term);
			}
		}
	}

	@Test
	void everyCategoryAndRegionIsSearchableUnderItsEnglishName() {
		Map<String, String> labels = new HashMap<>();
		this.jdbc.queryForList("SELECT kind, name, name_en FROM vocabulary_labels")
			.forEach((row) -> labels.put(row.get("kind") + ":" + row.get("name"), (String) row.get("name_en")));
		Map<String, String> shown = new HashMap<>();
		Vocabulary.CATEGORIES.forEach((name, english) -> shown.put("CATEGORY:" + name, english));
		Vocabulary.REGIONS.forEach((name, english) -> shown.put("REGION:" + name, english));
		assertThat(labels).isEqualTo(shown);
	}

	@ParameterizedTest
	@ValueSource(strings = { "CIE-0178", "cie-0178", "CIE0178", " cie0178 " })
	void aResultsCodeFindsThatResultFirst(String code) {
		long id = this.jdbc.queryForObject("SELECT id FROM innovation_results WHERE code = 'CIE-0178'", Long.class);
		Document page = new WebClient(this.port).page("/results?q=" + encode(code));
		assertThat(page.select("#result-list .card h3 a").first().attr("href")).isEqualTo("/results/" + id);
		assertThat(new WebClient(this.port).page("/results/" + id).text()).contains("CIE-0178");
	}

	@Test
	void renamingAnOrganizationOrAnAreaMakesTheNewNameSearchable() {
		long organization = this.jdbc.queryForObject(
				"SELECT organization_id FROM innovation_results WHERE published GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
				Long.class);
		long area = this.jdbc.queryForObject(
				"SELECT area_id FROM innovation_results WHERE published GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
				Long.class);
		Map<String, Object> organizationNames = this.jdbc
			.queryForMap("SELECT name, name_en FROM organizations WHERE id = ?", organization);
		Map<String, Object> areaNames = this.jdbc.queryForMap("SELECT name, name_en FROM exhibition_areas WHERE id = ?",
				area);
		assertThat(total("/results?q=" + encode("鲲鹏铸造坊"))).isZero();
		try {
			this.jdbc.update("UPDATE organizations SET name = '鲲鹏铸造坊', name_en = 'Kunpeng Foundry' WHERE id = ?",
					organization);
			this.jdbc.update("UPDATE exhibition_areas SET name = '麒麟展厅', name_en = 'Qilin Hall' WHERE id = ?", area);
			assertThat(total("/results?q=" + encode("鲲鹏铸造坊"))).isEqualTo(count("organization_id = " + organization));
			assertThat(total("/results?lang=en&q=foundry")).isEqualTo(count("organization_id = " + organization));
			assertThat(total("/results?q=" + encode("麒麟展厅"))).isEqualTo(count("area_id = " + area));
			assertThat(total("/results?q=" + encode("Qilin"))).isEqualTo(count("area_id = " + area));
		}
		finally {
			this.jdbc.update("UPDATE organizations SET name = ?, name_en = ? WHERE id = ?",
					organizationNames.get("name"), organizationNames.get("name_en"), organization);
			this.jdbc.update("UPDATE exhibition_areas SET name = ?, name_en = ? WHERE id = ?", areaNames.get("name"),
					areaNames.get("name_en"), area);
		}
		assertThat(total("/results?q=" + encode("鲲鹏铸造坊"))).isZero();
		assertThat(total("/results?q=" + encode(organizationNames.get("name").toString())))
			.isGreaterThanOrEqualTo(count("organization_id = " + organization));
	}

	@Test
	void aQueryThatMatchesNothingSaysSo() {
		for (String query : List.of("鲲鹏铸造坊", "zyzzyva", "CIE-99999", "电力 zyzzyva")) {
			Document page = new WebClient(this.port).page("/results?q=" + encode(query));
			assertThat(page.select("#result-list")).as(query).isEmpty();
			assertThat(page.select(".empty-state").text()).as(query).contains("没有找到");
		}
	}

	private long searchRowVersion(long id) {
		return this.jdbc.queryForObject("SELECT xmin::text::bigint FROM result_search WHERE result_id = ?", Long.class,
				id);
	}

	@Test
	void ordersAreThoseAsked() {
		List<ResultCard> liked = this.results
			.list(ResultFilter.of(null, null, null, null, null, null, "likes"), new Paging(1, 10), false)
			.getContent();
		assertThat(liked).extracting(ResultCard::id)
			.isEqualTo(this.jdbc.queryForList(
					"SELECT id FROM innovation_results WHERE published ORDER BY like_count DESC, id DESC LIMIT 10",
					Long.class));
		List<ResultCard> byTitle = this.results
			.list(ResultFilter.of(null, null, null, null, null, null, "title"), new Paging(1, 10), false)
			.getContent();
		assertThat(byTitle).extracting(ResultCard::title)
			.isEqualTo(this.jdbc.queryForList("SELECT title FROM innovation_results WHERE published"
					+ " ORDER BY title COLLATE \"zh-Hans-x-icu\", id LIMIT 10", String.class));
		Document newest = new WebClient(this.port).page("/results");
		assertThat(firstCardTitle(newest)).isEqualTo(this.jdbc.queryForObject(
				"SELECT title FROM innovation_results WHERE published ORDER BY created_at DESC, id DESC LIMIT 1",
				String.class));
	}

	@Test
	void pagesShowTheTotalAndKeepTheFiltersInTheirLinks() {
		WebClient browser = new WebClient(this.port);
		Document first = browser.page("/results?q=" + encode("检修") + "&signed=yes");
		Element next = first.selectFirst(".pagination a[rel=next]");
		assertThat(next).isNotNull();
		assertThat(next.attr("href")).contains("q=" + encode("检修")).contains("signed=yes").contains("page=2");
		Document second = browser.page(next.attr("href"));
		assertThat(firstCardTitle(second)).isNotEqualTo(firstCardTitle(first));
		assertThat(second.select(".pagination [aria-current=page]").text()).isEqualTo("2");
	}

	@Test
	void aSearchPageBeyondTheLastShowsTheLastWithTheWholeCount() {
		org.springframework.data.domain.Page<ResultCard> all = search("检修");
		int size = 5;
		int pages = (int) ((all.getTotalElements() + size - 1) / size);
		org.springframework.data.domain.Page<ResultCard> beyond = this.results
			.list(ResultFilter.of("检修", null, null, null, null, null, null), new Paging(pages + 40, size), false);
		assertThat(beyond.getTotalElements()).isEqualTo(all.getTotalElements());
		assertThat(beyond.getNumber() + 1).as("the page shown").isEqualTo(pages);
		assertThat(ids(beyond)).isNotEmpty().isSubsetOf(ids(all));
		org.springframework.data.domain.Page<ResultCard> second = this.results
			.list(ResultFilter.of("检修", null, null, null, null, null, null), new Paging(2, size), false);
		assertThat(second.getTotalElements()).isEqualTo(all.getTotalElements());
		assertThat(second.getContent()).extracting(ResultCard::id)
			.containsExactlyElementsOf(all.getContent().subList(size, 2 * size).stream().map(ResultCard::id).toList());
	}

	@Test
	void malformedParametersGiveASanePage() {
		WebClient browser = new WebClient(this.port);
		String longQuery = encode("焊接".repeat(5_000));
		String longEnglishQuery = "weld".repeat(2_500);
		for (String query : List.of("page=-1", "size=100000", "sort=drop", "q=" + longQuery, "area=abc",
				"q=" + longEnglishQuery, "signed=maybe", "category=%3Cscript%3E", "page=abc&size=xyz",
				"page=99999999999", "org=-4", "q=%27%3B+DROP+TABLE+innovation_results%3B--", "q=a%26b%7Cc%21%28",
				"page=9999")) {
			HttpResponse<String> response = browser.get("/results?" + query);
			String name = query.substring(0, Math.min(query.length(), 40));
			assertThat(response.statusCode()).as(name).isEqualTo(200);
			assertThat(response.body()).as(name).doesNotContain("Exception");
		}
		assertThat(browser.get("/results?region=%00").statusCode()).as("a control character").isEqualTo(400);
		assertThat(browser.page("/results?size=100000").select("#result-list > li")).hasSize(60);
		assertThat(browser.page("/results?page=9999").select(".pagination [aria-current=page]").text()).isEqualTo("57");
		assertThat(total("/results?area=abc&sort=drop&page=-1")).isEqualTo(count("true"));
		assertThat(new WebClient(this.port).page("/results?q=" + longQuery).select("#q").attr("value"))
			.hasSize(SearchTerms.MAX_LENGTH);
	}

	private org.springframework.data.domain.Page<ResultCard> search(String q) {
		return this.results.list(ResultFilter.of(q, null, null, null, null, null, null), new Paging(1, 1000), false);
	}

	private static Set<Long> ids(org.springframework.data.domain.Page<ResultCard> page) {
		Set<Long> ids = new HashSet<>();
		page.forEach((item) -> ids.add(item.id()));
		return ids;
	}

	private long total(String path) {
		String heading = new WebClient(this.port).page(path).select("#results-heading").text();
		return Long.parseLong(heading.replaceAll("[^0-9]", ""));
	}

	private long count(String condition) {
		return this.jdbc.queryForObject("SELECT count(*) FROM innovation_results WHERE published AND " + condition,
				Long.class);
	}

	private String titleEn(long id) {
		return this.jdbc.queryForObject("SELECT title_en FROM innovation_results WHERE id = ?", String.class, id);
	}

	private String summaryEn(long id) {
		return this.jdbc.queryForObject("SELECT summary_en FROM innovation_results WHERE id = ?", String.class, id);
	}

	private static String firstCardTitle(Document page) {
		return page.select("#result-list .card h3").first().text();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
