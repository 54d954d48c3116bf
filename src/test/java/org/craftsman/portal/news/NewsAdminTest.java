package org.craftsman.portal.news;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.craftsman.portal.admin.Multipart;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organizers' news section: a draft is written, previewed, published and unpublished,
 * every step in the audit log; bad input comes back with a message on each field and
 * stores nothing; a save over someone else's newer change is refused.
 */
@IntegrationTest
class NewsAdminTest {

	static final String BASE = "/admin/news";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	TestArticles articles;

	WebClient organizer;

	@BeforeEach
	void signIn() {
		this.articles = new TestArticles(this.jdbc);
		this.organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
	}

	@AfterEach
	void removeOwnArticles() {
		this.articles.deleteAll();
	}

	@Test
	void aDraftIsPreviewedPublishedAndUnpublishedWithEveryStepAudited() {
		String slug = this.articles.slug();
		Map<String, String> fields = fields(slug);
		HttpResponse<String> created = this.organizer.post(BASE + "/new", fields, BASE + "/new");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		long id = this.articles.id(slug);
		assertThat(audit("CREATE", id)).isEqualTo(1);
		WebClient visitor = new WebClient(this.port);
		assertThat(visitor.get("/news/" + slug).statusCode()).isEqualTo(404);
		assertThat(this.organizer.page(BASE + "/" + id + "/preview").select("#article-body h2").text())
			.isEqualTo("小标题");
		assertThat(this.organizer.page(BASE).select("main table").text()).contains("ZT 测试新闻").contains("草稿");

		Map<String, String> publish = form(this.organizer.page(BASE + "/" + id + "/edit"));
		publish.put("status", "PUBLISHED");
		assertThat(this.organizer.post(BASE + "/" + id + "/edit", publish, BASE).statusCode()).isEqualTo(302);
		Document page = visitor.page("/news/" + slug);
		assertThat(page.select("h1").text()).isEqualTo("ZT 测试新闻");
		assertThat(page.select("#article-body strong").text()).isEqualTo("加粗");
		assertThat(page.select("#mention-cards a.card-link").eachAttr("href")).containsExactly("/results/2");
		assertThat(visitor.page("/news").select("#news-list h3 a").eachAttr("href")).contains("/news/" + slug);
		assertThat(lastChanges(id)).contains("\"field\": \"status\"").contains("\"field\": \"publishedAt\"");

		Map<String, String> unpublish = form(this.organizer.page(BASE + "/" + id + "/edit"));
		assertThat(unpublish.get("publishedAt")).isNotBlank();
		unpublish.put("status", "DRAFT");
		assertThat(this.organizer.post(BASE + "/" + id + "/edit", unpublish, BASE).statusCode()).isEqualTo(302);
		assertThat(visitor.get("/news/" + slug).statusCode()).isEqualTo(404);
		assertThat(visitor.page("/news").select("#news-list h3 a").eachAttr("href")).doesNotContain("/news/" + slug);
		assertThat(audit("UPDATE", id)).isEqualTo(2);

		Document confirm = this.organizer.page(BASE + "/" + id + "/delete");
		HttpResponse<String> deleted = this.organizer.post(BASE + "/" + id + "/delete",
				Map.of("version", confirm.select("input[name=version]").val()), BASE + "/" + id + "/delete");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(audit("DELETE", id)).isEqualTo(1);
	}

	@Test
	void badInputGetsAMessageOnEachFieldAndStoresNothing() {
		long articlesBefore = count("SELECT count(*) FROM news_articles");
		long auditBefore = count("SELECT count(*) FROM audit_log WHERE entity_type = 'NEWS'");
		Map<String, String> bad = fields("Bad Slug!");
		bad.put("title", "");
		bad.put("titleEn", "Only an English title");
		bad.put("tags", "一,二,三,四,五,六,七,八,九");
		bad.put("tagsEn", "a,b,c,d,e,f,g,h,i,j,k");
		bad.put("publishedAt", "not a time");
		bad.put("coverRef", "/media/../../etc/passwd");
		bad.put("status", "SOMETIMES");
		bad.put("body", "x".repeat(50_001));
		HttpResponse<String> refused = this.organizer.post(BASE + "/new", bad, BASE + "/new");
		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		for (String field : List.of("title", "slug", "summaryEn", "bodyEn", "tags", "tagsEn", "publishedAt", "coverRef",
				"status", "body")) {
			assertThat(page.select("#" + field + "-error").text()).as(field).isNotBlank();
			assertThat(page.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
		}
		assertThat(page.select("#titleEn").val()).isEqualTo("Only an English title");
		assertThat(count("SELECT count(*) FROM news_articles")).isEqualTo(articlesBefore);
		assertThat(count("SELECT count(*) FROM audit_log WHERE entity_type = 'NEWS'")).isEqualTo(auditBefore);

		for (String taken : List.of("closing", "feed")) {
			Map<String, String> clash = fields(taken);
			HttpResponse<String> response = this.organizer.post(BASE + "/new", clash, BASE + "/new");
			assertThat(response.statusCode()).as(taken).isEqualTo(200);
			assertThat(Jsoup.parse(response.body()).select("#slug-error").text()).as(taken).isNotBlank();
		}
		assertThat(count("SELECT count(*) FROM news_articles")).isEqualTo(articlesBefore);
	}

	@Test
	void aSaveOverSomeoneElsesNewerChangeIsRefusedAndOverwritesNothing() {
		String slug = this.articles.slug();
		assertThat(this.organizer.post(BASE + "/new", fields(slug), BASE + "/new").statusCode()).isEqualTo(302);
		long id = this.articles.id(slug);
		String edit = BASE + "/" + id + "/edit";
		WebClient other = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Map<String, String> mine = form(this.organizer.page(edit));
		Map<String, String> theirs = form(other.page(edit));
		theirs.put("title", "ZT 别人先改的标题");
		assertThat(other.post(edit, theirs, edit).statusCode()).isEqualTo(302);

		mine.put("title", "ZT 我后改的标题");
		HttpResponse<String> refused = this.organizer.post(edit, mine, edit);
		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#form-errors").text()).contains("organizer");
		assertThat(page.select("#title").val()).isEqualTo("ZT 我后改的标题");
		assertThat(page.select("#title-theirs q").text()).isEqualTo("ZT 别人先改的标题");
		assertThat(this.jdbc.queryForObject("SELECT title FROM news_articles WHERE id = ?", String.class, id))
			.isEqualTo("ZT 别人先改的标题");
	}

	@Test
	void anUploadedCoverShowsOnTheArticleAndAFileThatIsNoPictureIsRefusedOnItsField() throws Exception {
		String slug = this.articles.slug();
		Map<String, String> fields = fields(slug);
		fields.put("status", "PUBLISHED");
		fields.put("coverAlt", "大会会场全景");
		HttpResponse<String> refused = new Multipart().fields(fields)
			.file("coverFile", "cover.png", "image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
			.post(this.organizer, this.port, BASE + "/new", BASE + "/new");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#coverFile-error").text()).isNotBlank();
		assertThat(count("SELECT count(*) FROM news_articles WHERE slug = '" + slug + "'")).isZero();

		HttpResponse<String> created = new Multipart().fields(fields)
			.file("coverFile", "cover.png", "image/png", picture())
			.post(this.organizer, this.port, BASE + "/new", BASE + "/new");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String cover = this.jdbc.queryForObject("SELECT cover_ref FROM news_articles WHERE slug = ?", String.class,
				slug);
		assertThat(cover).matches("/media/uploads/[0-9a-f-]{36}\\.png");
		Document page = new WebClient(this.port).page("/news/" + slug);
		assertThat(page.select(".news-cover img").attr("src")).isEqualTo(cover);
		assertThat(page.select(".news-cover img").attr("alt")).isEqualTo("大会会场全景");
		assertThat(new WebClient(this.port).get(cover).statusCode()).isEqualTo(200);
	}

	@Test
	void theSectionListsSearchesAndOffersItsFormInBothLanguages() {
		for (String language : List.of("zh-CN", "en")) {
			WebClient organizer = new WebClient(this.port).acceptLanguage(language)
				.loggedInAs("organizer", "demo-organizer");
			Document list = organizer.page(BASE);
			assertThat(list.select("html").attr("lang")).isEqualTo(language);
			assertThat(list.select("table.table-cards tbody tr")).hasSize(6);
			assertThat(list.select("thead th")).hasSameSizeAs(list.select("tbody tr").first().select("td"));
			assertThat(organizer.page(BASE + "?q=closing").select("table.table-cards tbody tr")).hasSize(1);
			Document form = organizer.page(BASE + "/new");
			assertThat(form.select("form.admin-form label"))
				.allSatisfy((label) -> assertThat(label.text()).doesNotContain("admin.news").isNotBlank());
			assertThat(organizer.page("/admin").select("a[href=/admin/news]")).hasSize(1);
		}
	}

	private static byte[] picture() throws IOException {
		BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x9e1b1b));
		graphics.fillRect(0, 0, 320, 180);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private Map<String, String> fields(String slug) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "ZT 测试新闻");
		fields.put("slug", slug);
		fields.put("summary", "一篇测试新闻的摘要。");
		fields.put("body", "## 小标题\n\n一段**加粗**的文字，提到[一项成果](/results/2)。");
		fields.put("tags", "测试，新闻");
		fields.put("author", "测试编辑");
		fields.put("status", "DRAFT");
		return fields;
	}

	private long audit(String action, long id) {
		return count("SELECT count(*) FROM audit_log WHERE entity_type = 'NEWS' AND action = '" + action
				+ "' AND entity_id = " + id);
	}

	private String lastChanges(long id) {
		return this.jdbc.queryForObject(
				"SELECT changes::text FROM audit_log WHERE entity_type = 'NEWS' AND entity_id = ? ORDER BY id DESC LIMIT 1",
				String.class, id);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	/** The values a form page holds, as the browser would post them. */
	static Map<String, String> form(Document page) {
		Map<String, String> fields = new LinkedHashMap<>();
		page.select("form.admin-form input[name], form.admin-form select[name], form.admin-form textarea[name]")
			.forEach((input) -> {
				String name = input.attr("name");
				String type = input.attr("type");
				if (name.equals("_csrf") || type.equals("file") || type.equals("submit")) {
					return;
				}
				if (input.tagName().equals("select")) {
					fields.put(name, input.select("option[selected]").val());
					return;
				}
				fields.put(name, input.tagName().equals("textarea") ? input.wholeText() : input.val());
			});
		return fields;
	}

}
