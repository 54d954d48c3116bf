package org.craftsman.portal.common.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.craftsman.portal.admin.BadInputTest;
import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.common.BatchedCounters;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages kept for anonymous visitors: served again byte for byte with their
 * headers, revalidated with 304s, gzipped on request, never for a signed-in person or the
 * other language, never an error, and dropped within a second of any change to what they
 * show, whoever makes it (an organizer's form, an import or plain SQL).
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class PageCacheTest {

	/** How soon a committed change must show on every public page. */
	static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageCache cache;

	@Autowired
	BatchedCounters views;

	OwnRows rows;

	HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void keepPages() {
		this.rows = new OwnRows(this.jdbc);
		this.cache.setEnabled(true);
		// What earlier tests changed has been seen.
		this.cache.lookForChanges();
	}

	@AfterEach
	void stopKeeping() {
		this.cache.setEnabled(false);
		this.rows.deleteAll();
		TestRows.deleteAll(this.jdbc);
	}

	@Test
	void aKeptPageIsServedAgainWithItsHeadersAndRevalidatedWithA304() throws Exception {
		HttpResponse<byte[]> first = get("/results", Map.of());
		HttpResponse<byte[]> second = get("/results", Map.of());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		String etag = second.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("ETag")).hasValue(etag);
		assertThat(this.cache.keys()).anyMatch((key) -> key.endsWith(" /results"));
		for (HttpResponse<byte[]> response : java.util.List.of(first, second)) {
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
			assertThat(response.headers().firstValue("Vary")).hasValue(PageCacheFilter.VARY);
			assertThat(response.headers().firstValue("Content-Language")).hasValue("zh-CN");
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		}
		HttpResponse<byte[]> revalidated = get("/results", Map.of("If-None-Match", etag));
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
		String lastModified = second.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(get("/results", Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
		assertThat(get("/results", Map.of("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
	}

	@Test
	void aBrowserThatTakesGzipGetsTheSamePageCompressed() throws Exception {
		byte[] plain = get("/", Map.of()).body();
		HttpResponse<byte[]> zipped = get("/", Map.of("Accept-Encoding", "gzip, deflate"));
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain);
		}
		assertThat(zipped.body().length).isLessThan(plain.length / 2);
		assertThat(get("/", Map.of("Accept-Encoding", "gzip;q=0")).headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void aHeadRequestGetsTheHeadersOnly() throws Exception {
		get("/awards", Map.of());
		HttpResponse<byte[]> head = send(
				request("/awards", Map.of()).method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).isPresent();
		assertThat(get("/awards", Map.of()).body().length).isGreaterThan(1000);
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		for (int round = 0; round < 2; round++) {
			assertThat(lang(get("/contracts", Map.of("Accept-Language", "en")))).isEqualTo("en");
			assertThat(lang(get("/contracts", Map.of("Accept-Language", "zh-CN")))).isEqualTo("zh-CN");
			assertThat(lang(get("/contracts", Map.of("Cookie", "portal-lang=en")))).isEqualTo("en");
			assertThat(lang(get("/contracts", Map.of()))).isEqualTo("zh-CN");
		}
		HttpResponse<byte[]> switching = get("/contracts?lang=en", Map.of());
		assertThat(lang(switching)).isEqualTo("en");
		assertThat(switching.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("portal-lang"));
	}

	@Test
	void aSignedInOrganizerNeverGetsTheAnonymousPageNorLeavesTheirsBehind() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		WebClient visitor = new WebClient(this.port);
		assertThat(organizer.page("/results").select("form.logout-form")).hasSize(1);
		assertThat(visitor.page("/results").select("form.logout-form")).isEmpty();
		assertThat(visitor.page("/results").select("form.logout-form")).isEmpty();
		assertThat(organizer.page("/results").select("form.logout-form")).hasSize(1);
		assertThat(organizer.page("/results").select("meta[name=_csrf]")).hasSize(1);
		assertThat(visitor.page("/results").select("meta[name=_csrf], input[name=_csrf]")).isEmpty();
	}

	@Test
	void errorsAndRedirectsAreNeverKept() throws Exception {
		for (int round = 0; round < 2; round++) {
			HttpResponse<byte[]> missing = get("/results/999999999", Map.of());
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.headers().firstValue("ETag")).isEmpty();
			assertThat(get("/results?q=%00", Map.of()).statusCode()).isEqualTo(400);
			assertThat(get("/live/now", Map.of()).statusCode()).isEqualTo(400);
		}
		assertThat(this.cache.keys())
			.noneMatch((key) -> key.contains("999999999") || key.contains("%00") || key.contains("/live/now"));
		long hidden = this.rows.result("隐藏成果");
		this.jdbc.update("UPDATE innovation_results SET published = false WHERE id = ?", hidden);
		awaitPage("/results/" + hidden, (response) -> response.statusCode() == 404);
		assertThat(get("/results/" + hidden, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void anOrganizersEditShowsOnEveryPageWithinASecond() throws Exception {
		long id = this.rows.result("缓存测试成果");
		String title = this.jdbc.queryForObject("SELECT title FROM innovation_results WHERE id = ?", String.class, id);
		String search = "/results?q=" + java.net.URLEncoder.encode(this.rows.tag(), StandardCharsets.UTF_8);
		assertThat(body(get("/results/" + id, Map.of()))).contains(title);
		assertThat(body(get(search, Map.of()))).contains(title);
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Map<String, String> form = new LinkedHashMap<>(BadInputTest.valid("results"));
		form.put("code",
				this.jdbc.queryForObject("SELECT code FROM innovation_results WHERE id = ?", String.class, id));
		form.put("title", title + " 已改");
		form.put("version", String.valueOf(
				this.jdbc.queryForObject("SELECT version FROM innovation_results WHERE id = ?", Integer.class, id)));
		HttpResponse<String> saved = organizer.post("/admin/results/" + id + "/edit", form,
				"/admin/results/" + id + "/edit");
		assertThat(saved.statusCode()).isEqualTo(302);
		Instant committed = Instant.now();
		awaitPage("/results/" + id, (response) -> body(response).contains(title + " 已改"));
		awaitPage(search, (response) -> body(response).contains(title + " 已改"));
		assertThat(Duration.between(committed, Instant.now())).isLessThan(VISIBLE_WITHIN);
	}

	@Test
	void aWriteByAnImportOrPlainSqlShowsWithinASecondAndADeleteToo() throws Exception {
		String search = "/results?q=" + java.net.URLEncoder.encode(this.rows.tag(), StandardCharsets.UTF_8);
		assertThat(body(get(search, Map.of()))).doesNotContain("成批写入");
		long id = this.rows.result("成批写入的成果");
		awaitPage(search, (response) -> body(response).contains("成批写入的成果"));
		awaitPage("/results/" + id, (response) -> response.statusCode() == 200);
		this.jdbc.update("DELETE FROM innovation_results WHERE id = ?", id);
		awaitPage(search, (response) -> !body(response).contains("成批写入的成果"));
		awaitPage("/results/" + id, (response) -> response.statusCode() == 404);
	}

	@Test
	void likesAndVisitsDoNotDropThePagesButKeptPagesStillCountTheirVisits() throws Exception {
		long id = this.rows.result("计数成果");
		// The new row drops the kept pages once; let that pass.
		this.cache.lookForChanges();
		this.views.flush();
		get("/results/" + id, Map.of());
		int keptBefore = this.cache.keys().size();
		for (int i = 0; i < 9; i++) {
			assertThat(get("/results/" + id, Map.of()).statusCode()).isEqualTo(200);
		}
		this.views.flush();
		assertThat(this.jdbc.queryForObject("SELECT visit_count FROM innovation_results WHERE id = ?", Long.class, id))
			.isEqualTo(10);
		this.jdbc.update("UPDATE innovation_results SET like_count = like_count + 1 WHERE id = ?", id);
		Thread.sleep(VISIBLE_WITHIN.toMillis());
		assertThat(this.cache.keys()).hasSizeGreaterThanOrEqualTo(keptBefore);
		assertThat(this.cache.keys()).anyMatch((key) -> key.endsWith("/results/" + id));
	}

	@Test
	void twoVisitorsGetTheSameBytesAndTheirOwnLikeStateAsideFromThePage() throws Exception {
		long id = this.rows.result("同一页面");
		this.cache.lookForChanges();
		HttpResponse<byte[]> one = get("/results/" + id, Map.of());
		HttpResponse<byte[]> liker = send(request("/results/" + id + "/like",
				Map.of("Accept", "application/json", "Sec-Fetch-Site", "same-origin"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(liker.statusCode()).isEqualTo(200);
		String browser = liker.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("portal-browser="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		HttpResponse<byte[]> two = get("/results/" + id, Map.of("Cookie", browser));
		assertThat(two.body()).isEqualTo(one.body());
		assertThat(body(get("/results/" + id + "/like", Map.of("Cookie", browser, "Accept", "application/json"))))
			.contains("\"liked\":true");
		assertThat(body(get("/results/" + id + "/like", Map.of("Accept", "application/json"))))
			.contains("\"liked\":false");
		HttpResponse<byte[]> backFromLike = get("/results/" + id + "?liked", Map.of("Cookie", browser));
		assertThat(Jsoup.parse(body(backFromLike)).select(".like-button.is-liked")).hasSize(1);
	}

	private void awaitPage(String path, Predicate<HttpResponse<byte[]>> shown) throws Exception {
		Instant deadline = Instant.now().plus(VISIBLE_WITHIN);
		HttpResponse<byte[]> response = get(path, Map.of());
		while (!shown.test(response)) {
			assertThat(Instant.now()).as("%s shows the change within %s", path, VISIBLE_WITHIN).isBefore(deadline);
			Thread.sleep(25);
			response = get(path, Map.of());
		}
	}

	private static String lang(HttpResponse<byte[]> response) {
		return Jsoup.parse(body(response)).select("html").attr("lang");
	}

	private static String body(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpResponse<byte[]> get(String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		return send(request(path, headers).GET());
	}

	private HttpRequest.Builder request(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		headers.forEach(request::header);
		return request;
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
