package org.craftsman.portal.sitemap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How search engines and share cards see the portal: every public page names its
 * canonical address and its Chinese and English alternates, and carries a share card (a
 * result's or hotspot's own title, text and picture), all from the configured public
 * address even under a forged Host header; the sitemap lists every published result and
 * no unpublished one; robots.txt keeps crawlers out of the admin and the dashboard.
 */
@IntegrationTest
@TestPropertySource(properties = "portal.public-base-url=" + SharingTest.BASE)
class SharingTest {

	static final String BASE = "https://expo.example.cn";

	static final String FORGED_HOST = "evil.example";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	OwnRows rows;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
	}

	@AfterEach
	void removeRows() {
		this.rows.deleteAll();
	}

	@Test
	void aResultPageNamesItsAddressesAndShareCardFromThePublicAddressUnderAForgedHost() {
		long id = this.rows.result("分享卡片测试成果");
		String html = forgedHostGet("/results/" + id);
		Document page = Jsoup.parse(html);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/results/" + id);
		assertThat(page.select("link[rel=alternate][hreflang=zh-CN]").attr("href"))
			.isEqualTo(BASE + "/results/" + id + "?lang=zh-CN");
		assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href"))
			.isEqualTo(BASE + "/results/" + id + "?lang=en");
		assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href"))
			.isEqualTo(BASE + "/results/" + id);
		assertThat(meta(page, "og:title")).isEqualTo("分享卡片测试成果");
		assertThat(meta(page, "og:description")).isEqualTo("测试用成果简介");
		assertThat(meta(page, "og:url")).isEqualTo(BASE + "/results/" + id);
		assertThat(meta(page, "og:image")).startsWith(BASE + "/media/category-");
		assertThat(page.select("meta[name=\"twitter:card\"]").attr("content")).isEqualTo("summary_large_image");
		assertThat(page.select("meta[name=description]")).hasSize(1);
		assertThat(html).doesNotContain(FORGED_HOST);
		String image = meta(page, "og:image").substring(BASE.length());
		assertThat(new WebClient(this.port).get(image).statusCode()).isEqualTo(200);
	}

	@Test
	void everyPublicPageHasACanonicalAddressAlternatesAndAShareCard() {
		long hotspot = this.jdbc.queryForObject("SELECT min(id) FROM online_hotspots", Long.class);
		long area = this.jdbc.queryForObject("SELECT min(id) FROM exhibition_areas", Long.class);
		List<String> paths = List.of("/", "/areas", "/areas/" + area, "/results",
				"/results?q=%E6%9C%BA%E5%99%A8&page=2", "/hall", "/hall/hotspots/" + hotspot, "/contracts", "/awards",
				"/live");
		for (String path : paths) {
			String html = forgedHostGet(path);
			Document page = Jsoup.parse(html);
			assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(BASE + path);
			assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).as(path)
				.containsExactly("zh-CN", "en", "x-default");
			for (String property : List.of("og:title", "og:description", "og:image", "og:url", "og:type")) {
				assertThat(meta(page, property)).as(path + " " + property).isNotBlank();
			}
			assertThat(meta(page, "og:image")).as(path).startsWith(BASE + "/");
			assertThat(html).as(path).doesNotContain(FORGED_HOST);
		}
		Document hotspotPage = Jsoup.parse(forgedHostGet("/hall/hotspots/" + hotspot));
		String title = this.jdbc.queryForObject("SELECT title FROM online_hotspots WHERE id = ?", String.class,
				hotspot);
		assertThat(meta(hotspotPage, "og:title")).isEqualTo(title);
		Document english = Jsoup.parse(forgedHostGet("/hall/hotspots/" + hotspot + "?lang=en"));
		assertThat(english.select("link[rel=canonical]").attr("href"))
			.isEqualTo(BASE + "/hall/hotspots/" + hotspot + "?lang=en");
		assertThat(meta(english, "og:locale")).isEqualTo("en_US");
	}

	@Test
	void theSitemapListsEveryPublishedResultAndNoUnpublishedOne() {
		long published = this.rows.result("站点地图已发布成果");
		long hidden = this.rows.result("站点地图未发布成果");
		this.jdbc.update("UPDATE innovation_results SET published = false WHERE id = ?", hidden);
		String xml = forgedHostGet("/sitemap.xml");
		assertThat(xml).doesNotContain(FORGED_HOST);
		Document sitemap = Jsoup.parse(xml, "", Parser.xmlParser());
		Set<String> locations = new HashSet<>(sitemap.select("url > loc").eachText());
		Set<String> results = new HashSet<>();
		locations.stream().filter((loc) -> loc.startsWith(BASE + "/results/")).forEach(results::add);
		Set<String> expected = new HashSet<>();
		this.jdbc.queryForList("SELECT id FROM innovation_results WHERE published", Long.class)
			.forEach((id) -> expected.add(BASE + "/results/" + id));
		assertThat(results).isEqualTo(expected);
		assertThat(results).contains(BASE + "/results/" + published).doesNotContain(BASE + "/results/" + hidden);
		assertThat(locations).contains(BASE + "/", BASE + "/areas", BASE + "/results", BASE + "/hall",
				BASE + "/contracts", BASE + "/awards", BASE + "/live");
		long areas = this.jdbc.queryForObject("SELECT count(*) FROM exhibition_areas", Long.class);
		long hotspots = this.jdbc.queryForObject("SELECT count(*) FROM online_hotspots", Long.class);
		assertThat(locations.stream().filter((loc) -> loc.startsWith(BASE + "/areas/")).count()).isEqualTo(areas);
		assertThat(locations.stream().filter((loc) -> loc.startsWith(BASE + "/hall/hotspots/")).count())
			.isEqualTo(hotspots);
		long scenes = this.jdbc.queryForObject("SELECT count(*) FROM hall_scenes", Long.class);
		long speakers = this.jdbc.queryForObject("SELECT count(*) FROM speakers", Long.class);
		assertThat(locations.stream().filter((loc) -> loc.startsWith(BASE + "/hall/scenes/")).count()).isEqualTo(scenes)
			.isPositive();
		assertThat(locations.stream().filter((loc) -> loc.startsWith(BASE + "/speakers/")).count()).isEqualTo(speakers)
			.isPositive();
		assertThat(locations).noneMatch((loc) -> loc.contains("/admin") || loc.contains("/dashboard"));
		assertThat(sitemap.select("url").first().select("xhtml|link[hreflang=en]").attr("href"))
			.isEqualTo(BASE + "/?lang=en");
	}

	@Test
	void robotsKeepCrawlersOutOfTheAdminAndTheDashboardAndPointToTheSitemap() {
		String robots = forgedHostGet("/robots.txt");
		assertThat(robots).contains("User-agent: *")
			.contains("Disallow: /admin\n")
			.contains("Disallow: /dashboard\n")
			.contains("Sitemap: " + BASE + "/sitemap.xml")
			.doesNotContain(FORGED_HOST);
	}

	private static String meta(Document page, String property) {
		return page.select("meta[property=\"" + property + "\"]").attr("content");
	}

	/**
	 * A GET with a Host header naming another site, which a regular client refuses to
	 * send.
	 */
	private String forgedHostGet(String path) {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.0\r\nHost: " + FORGED_HOST + "\r\nX-Forwarded-Host: " + FORGED_HOST
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(raw).as(path).startsWith("HTTP/1.1 200");
			return raw.substring(raw.indexOf("\r\n\r\n") + 4);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
