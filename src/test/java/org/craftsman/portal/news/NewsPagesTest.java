package org.craftsman.portal.news;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.craftsman.portal.common.PublicSite;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public news pages over the demo articles: the list newest first, by tag and paged;
 * an article with the records it links to as cards; the Chinese shown and marked to
 * English readers when an article has no English version; drafts and unpublished articles
 * nowhere; the Atom feed parsed as XML; the home page's latest news; the sitemap.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class NewsPagesTest {

	static final String ATOM = NewsFeed.ATOM;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicSite site;

	TestArticles articles;

	@BeforeEach
	void ownArticles() {
		this.articles = new TestArticles(this.jdbc);
	}

	@AfterEach
	void removeOwnArticles() {
		this.articles.deleteAll();
	}

	@Test
	void theListShowsTheDemoArticlesNewestFirstInBothLanguages() {
		Document zh = new WebClient(this.port).page("/news");
		assertThat(zh.select("h1").text()).isEqualTo("新闻动态");
		List<String> links = zh.select("#news-list h3 a").eachAttr("href");
		assertThat(links).containsExactly("/news/closing", "/news/awards", "/news/contract-signing",
				"/news/day-two-highlights", "/news/day-one-highlights", "/news/opening");
		assertThat(zh.select("#news-list time").eachAttr("datetime")).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(zh.select("#news-list h3").first().text()).contains("首届大会闭幕");

		Document en = new WebClient(this.port).acceptLanguage("en").page("/news");
		assertThat(en.select("html").attr("lang")).isEqualTo("en");
		assertThat(en.select("#news-list h3").first().text())
			.isEqualTo("Three days in figures: the first conference closes");
		assertThat(en.select(".news-original")).isEmpty();
		assertThat(en.select("nav.chips-nav a").eachText()).contains("Awards", "Opening");
	}

	@Test
	void aTagNarrowsTheListAndAnUnknownOneGivesAnEmptyList() {
		Document awards = new WebClient(this.port).page("/news?tag=" + encode("表彰"));
		assertThat(awards.select("#news-list h3 a").eachAttr("href")).containsExactly("/news/awards");
		assertThat(awards.select("nav.chips-nav a[aria-current=page]").text()).isEqualTo("表彰");
		Document none = new WebClient(this.port).page("/news?tag=" + encode("没有这个话题"));
		assertThat(none.select("#news-list")).isEmpty();
		assertThat(none.select(".empty-state")).hasSize(1);
		for (String odd : List.of("/news?page=abc", "/news?page=-4", "/news?page=99999999999", "/news?tag=",
				"/news?tag=" + "x".repeat(500))) {
			assertThat(new WebClient(this.port).get(odd).statusCode()).as(odd).isEqualTo(200);
		}
	}

	@Test
	void theListIsPagedNineAtATime() {
		Instant longAgo = Instant.parse("2021-01-01T00:00:00Z");
		for (int i = 0; i < 5; i++) {
			this.articles.chineseOnly("较早的测试文章 " + i, "正文", longAgo.plus(i, ChronoUnit.DAYS));
		}
		WebClient visitor = new WebClient(this.port);
		Document first = visitor.page("/news");
		assertThat(first.select("#news-list > li")).hasSize(NewsController.PAGE_SIZE);
		assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/news?page=2");
		Document second = visitor.page("/news?page=2");
		assertThat(second.select("#news-list > li")).hasSize(2);
		assertThat(second.select("#news-list h3").last().text()).isEqualTo("较早的测试文章 0");
		Document tagged = visitor.page("/news?tag=" + encode("测试") + "&page=7");
		assertThat(tagged.select("#news-list > li")).hasSize(5);
	}

	@Test
	void anArticleShowsItsTextAndTheRecordsItLinksToAsCards() {
		Document page = new WebClient(this.port).page("/news/awards");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("大会表彰揭晓：技术成果奖与组织单位");
		assertThat(page.select("#article-body ol li")).hasSize(4);
		assertThat(page.select("#article-body a[href=/awards]")).hasSize(1);
		assertThat(page.select("#mention-cards .result-card a.card-link").eachAttr("href"))
			.containsExactly("/results/1");
		assertThat(page.select("#mention-cards a.card-link[href=/awards]")).hasSize(1);
		assertThat(page.select(".news-cover img").attr("src")).isEqualTo("/media/news-awards.svg");

		Document opening = new WebClient(this.port).acceptLanguage("en").page("/news/opening");
		assertThat(opening.select("#mention-cards a.card-link").eachAttr("href")).containsExactly("/results/1",
				"/areas/1");
		assertThat(opening.select("#article-body strong").eachText()).contains("77", "440", "680");
	}

	@Test
	void aLinkToAResultReadersCannotSeeShowsNoCardAndLeaksNothing() {
		OwnRows rows = new OwnRows(this.jdbc);
		try {
			long hidden = rows.result("尚未公开的测试成果");
			this.jdbc.update("UPDATE innovation_results SET published = false WHERE id = ?", hidden);
			String slug = this.articles.chineseOnly("提到未公开成果的文章", "见[这项](/results/" + hidden + ")与[那项](/results/1)。",
					Instant.now().minusSeconds(30));
			Document page = new WebClient(this.port).page("/news/" + slug);
			assertThat(page.select("#mention-cards a.card-link").eachAttr("href")).containsExactly("/results/1");
			assertThat(page.text()).doesNotContain("尚未公开的测试成果");
		}
		finally {
			rows.deleteAll();
		}
	}

	@Test
	void anEnglishReaderSeesTheChineseMarkedWhenAnArticleHasNoEnglishVersion() {
		String slug = this.articles.chineseOnly("只有中文的测试文章", "这篇文章**只有**中文。", Instant.now().minusSeconds(60));
		Document page = new WebClient(this.port).acceptLanguage("en").page("/news/" + slug);
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo("只有中文的测试文章");
		assertThat(page.select("h1").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("#article-body").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("#article-body strong").text()).isEqualTo("只有");
		assertThat(page.select(".news-original").text()).isEqualTo("原文 / shown in Chinese");
		Document list = new WebClient(this.port).acceptLanguage("en").page("/news");
		assertThat(list.select("#news-list > li").first().select(".news-original").text())
			.isEqualTo("原文 / shown in Chinese");
		Document chinese = new WebClient(this.port).page("/news/" + slug);
		assertThat(chinese.select(".news-original")).isEmpty();
	}

	@Test
	void draftsArticlesNotYetDueAndUnknownAddressesAreNotFound() {
		String draft = this.articles.draft("测试草稿", "A test draft");
		String later = this.articles.chineseOnly("明天才发布的文章", "正文", Instant.now().plus(1, ChronoUnit.DAYS));
		WebClient visitor = new WebClient(this.port);
		for (String path : List.of("/news/" + draft, "/news/" + later, "/news/no-such-article", "/news/Bad_Slug",
				"/news/" + "a".repeat(200))) {
			assertThat(visitor.get(path).statusCode()).as(path).isEqualTo(404);
		}
		String list = visitor.get("/news").body() + visitor.get("/").body() + visitor.get("/news/feed").body()
				+ visitor.get("/sitemap.xml").body();
		assertThat(list).doesNotContain(draft).doesNotContain(later).doesNotContain("测试草稿").doesNotContain("明天才发布");
	}

	@Test
	void organizersPreviewDraftsAndVisitorsCannot() {
		long id = this.articles.id(this.articles.draft("预览测试草稿", "A draft to preview"));
		assertThat(new WebClient(this.port).get("/admin/news/" + id + "/preview").statusCode()).isEqualTo(302);
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Document preview = organizer.page("/admin/news/" + id + "/preview");
		assertThat(preview.select("h1").text()).isEqualTo("预览测试草稿");
		assertThat(preview.select(".news-preview").text()).contains("草稿");
		assertThat(organizer.get("/admin/news/999999/preview").statusCode()).isEqualTo(404);
	}

	@Test
	void theAtomFeedParsesWithEveryRequiredElementAndAbsoluteLinks() throws Exception {
		HttpResponse<String> response = new WebClient(this.port).get("/news/feed");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		Element feed = xml.getDocumentElement();
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		String base = this.site.baseUrl();
		assertThat(child(feed, "id").getTextContent()).isEqualTo(base + "/news");
		assertThat(child(feed, "title").getTextContent()).isNotBlank();
		assertThat(OffsetDateTime.parse(child(feed, "updated").getTextContent()))
			.isAtSameInstantAs(OffsetDateTime.parse("2022-04-29T18:30:00+08:00"));
		assertThat(links(feed, "self")).containsExactly(base + "/news/feed");
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isEqualTo(6);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			ids.add(child(entry, "id").getTextContent());
			assertThat(child(entry, "title").getTextContent()).isNotBlank();
			OffsetDateTime updated = OffsetDateTime.parse(child(entry, "updated").getTextContent());
			assertThat(updated).isBeforeOrEqualTo(OffsetDateTime.parse(child(feed, "updated").getTextContent()));
			assertThat(links(entry, "alternate")).singleElement().asString().startsWith(base + "/news/");
			assertThat(child(child(entry, "author"), "name").getTextContent()).isNotBlank();
			Element content = child(entry, "content");
			assertThat(content.getAttribute("type")).isEqualTo("html");
			assertThat(content.getTextContent()).contains("<strong>").doesNotContain("<script");
		}
		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id.startsWith("tag:localhost,2022:news/"));
		assertThat(child((Element) entries.item(0), "title").getTextContent()).isEqualTo("三天，一组数字：首届大会闭幕");

		HttpResponse<String> english = new WebClient(this.port).acceptLanguage("en").get("/news/feed");
		assertThat(english.body()).contains("xml:lang=\"en\"").contains("Three days in figures");
	}

	@Test
	void theHomePageShowsTheLatestThreeArticles() {
		Document home = new WebClient(this.port).page("/");
		assertThat(home.select("#latest-news h3 a").eachAttr("href")).containsExactly("/news/closing", "/news/awards",
				"/news/contract-signing");
		assertThat(home.select("nav.main-nav a[href=/news]")).hasSize(1);
	}

	@Test
	void theSitemapListsTheNewsAndEveryPublishedArticle() {
		String sitemap = new WebClient(this.port).get("/sitemap.xml").body();
		String base = this.site.baseUrl();
		assertThat(sitemap).contains("<loc>" + base + "/news</loc>")
			.contains("<loc>" + base + "/news/closing</loc>")
			.contains("<loc>" + base + "/news/opening</loc>");
	}

	private static Element child(Element parent, String name) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element;
			}
		}
		throw new AssertionError(parent.getLocalName() + " has no " + name);
	}

	private static List<String> links(Element parent, String rel) {
		List<String> hrefs = new ArrayList<>();
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element element && "link".equals(element.getLocalName())
					&& rel.equals(element.getAttribute("rel"))) {
				hrefs.add(element.getAttribute("href"));
			}
		}
		return hrefs;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
