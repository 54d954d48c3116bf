package org.craftsman.portal.live.comments;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.craftsman.portal.common.web.PageCache;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live comments over real HTTP on the real database: a comment reaches every open stream
 * within two seconds, whichever node or statement wrote it (the database announces it);
 * bad, blocked, too frequent, banned and cross-site posts are refused and store nothing;
 * hiding reaches open streams and the page; concurrent posts lose and repeat nothing.
 */
@IntegrationTest
class LiveCommentsTest {

	static final Duration WITHIN = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CommentNotifications notifications;

	@Autowired
	PageCache cache;

	OwnRows rows;

	long broadcast;

	static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
		Instant now = Instant.now();
		this.broadcast = this.rows.broadcast("评论直播", now.minus(5, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.HOURS));
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!this.notifications.listening() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(this.notifications.listening()).isTrue();
	}

	@AfterEach
	void tearDown() {
		this.jdbc.update("DELETE FROM audit_log WHERE entity_type = 'LIVE_COMMENTS' AND entity_id IN"
				+ " (SELECT id FROM live_comments WHERE broadcast_id = ?)", this.broadcast);
		this.jdbc.update("DELETE FROM audit_log WHERE entity_type = 'COMMENT_BANS' AND entity_id IN"
				+ " (SELECT b.id FROM comment_bans b JOIN live_comments c ON c.browser_id = b.browser_id"
				+ " WHERE c.broadcast_id = ?)", this.broadcast);
		this.jdbc.update("DELETE FROM comment_bans WHERE browser_id IN"
				+ " (SELECT browser_id FROM live_comments WHERE broadcast_id = ?)", this.broadcast);
		this.rows.deleteAll();
	}

	/** A client address of its own, so that each test starts under the address limit. */
	static String newAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

	private HttpResponse<String> post(WebClient browser, String address, String text, Map<String, String> extra) {
		Map<String, String> headers = new java.util.HashMap<>(
				Map.of("X-Forwarded-For", address, "Accept", "application/json", "Sec-Fetch-Site", "same-origin"));
		headers.putAll(extra);
		return browser.postRaw(commentsPath(), Map.of("body", text), headers);
	}

	private HttpResponse<String> post(WebClient browser, String address, String text) {
		return post(browser, address, text, Map.of());
	}

	private String commentsPath() {
		return "/live/" + this.broadcast + "/comments";
	}

	private EventStream stream(String query, Map<String, String> headers) {
		EventStream stream = EventStream.open(this.port, commentsPath() + "/stream" + query, headers);
		assertThat(stream.status()).isEqualTo(200);
		return stream;
	}

	private long idOf(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Long.parseLong(response.body().replaceAll("\\D", ""));
	}

	private long stored() {
		return this.jdbc.queryForObject("SELECT count(*) FROM live_comments WHERE broadcast_id = ?", Long.class,
				this.broadcast);
	}

	@Test
	void aCommentPostedReachesAnotherViewersStreamWithinTwoSeconds() {
		try (EventStream viewer = stream("", Map.of())) {
			long started = System.nanoTime();
			long id = idOf(post(new WebClient(this.port), newAddress(), "开幕式太精彩了！"));
			EventStream.Event event = viewer.next((candidate) -> candidate.isComment(id), WITHIN);
			assertThat(event).as("the comment's event").isNotNull();
			System.out.printf("Live comment latency: %.1f ms from the post to another viewer's stream%n",
					(event.arrivedNanos() - started) / 1e6);
			assertThat(event.data()).contains("开幕式太精彩了！").contains("\"id\":" + id);
		}
	}

	@Test
	void theStreamGoesStraightThroughThePageCache() {
		this.cache.setEnabled(true);
		try (EventStream viewer = stream("", Map.of())) {
			long id = idOf(post(new WebClient(this.port), newAddress(), "缓存开启时的评论"));
			assertThat(viewer.next((candidate) -> candidate.isComment(id), WITHIN)).isNotNull();
		}
		finally {
			this.cache.setEnabled(false);
		}
	}

	@Test
	void aCommentWrittenByAnotherNodeReachesTheStreamThroughTheDatabase() {
		try (EventStream viewer = stream("", Map.of())) {
			long started = System.nanoTime();
			// Plain SQL on another connection: nothing in this node's memory knows of it.
			long id = this.jdbc.queryForObject("""
					INSERT INTO live_comments (broadcast_id, body, browser_id, address_key)
					VALUES (?, '另一节点的评论', ?, 'elsewhere') RETURNING id""", Long.class, this.broadcast,
					UUID.randomUUID());
			EventStream.Event event = viewer.next((candidate) -> candidate.isComment(id), WITHIN);
			assertThat(event).as("the comment's event").isNotNull();
			System.out.printf("Live comment latency: %.1f ms from another node's insert to the stream%n",
					(event.arrivedNanos() - started) / 1e6);
			assertThat(event.data()).contains("另一节点的评论");
		}
	}

	@Test
	void aLostListeningConnectionIsOpenedAgainAndCatchesUp() {
		try (EventStream viewer = stream("", Map.of())) {
			assertThat(this.jdbc.queryForList("""
					SELECT pg_terminate_backend(pid) FROM pg_stat_activity
					WHERE application_name = 'portal live comments' AND datname = current_database()""", Boolean.class))
				.isNotEmpty()
				.allMatch(Boolean.TRUE::equals);
			long id = this.jdbc.queryForObject("""
					INSERT INTO live_comments (broadcast_id, body, browser_id, address_key)
					VALUES (?, '断线期间的评论', ?, 'elsewhere') RETURNING id""", Long.class, this.broadcast,
					UUID.randomUUID());
			assertThat(viewer.next((candidate) -> candidate.isComment(id), Duration.ofSeconds(10)))
				.as("the comment posted while the node was not listening")
				.isNotNull();
		}
	}

	@Test
	void aStreamResumedWithTheLastEventIdMissesNothing() {
		WebClient poster = new WebClient(this.port);
		long first = idOf(post(poster, newAddress(), "第一条"));
		long second = idOf(post(new WebClient(this.port), newAddress(), "第二条"));
		long third = idOf(post(new WebClient(this.port), newAddress(), "第三条"));
		try (EventStream resumed = stream("?after=0", Map.of("Last-Event-ID", String.valueOf(first)))) {
			assertThat(resumed.next((event) -> event.isComment(third), WITHIN)).isNotNull();
			assertThat(resumed.events()).filteredOn((event) -> "comment".equals(event.name()))
				.extracting(EventStream.Event::id)
				.contains(String.valueOf(second), String.valueOf(third));
		}
		// A page's stream starts after the last comment the page lists.
		try (EventStream fromPage = stream("?after=" + second, Map.of())) {
			assertThat(fromPage.next((event) -> event.isComment(third), WITHIN)).isNotNull();
		}
	}

	@Test
	void theBroadcastPageListsTheLatestCommentsAndStartsItsStreamAfterThem() {
		long id = idOf(post(new WebClient(this.port), newAddress(), "<script>alert(1)</script> 好"));
		Document page = new WebClient(this.port).page("/live/" + this.broadcast);
		assertThat(page.select("#comments .comment-body").eachText()).containsExactly("<script>alert(1)</script> 好");
		assertThat(page.select("#comments script[src*=live-comments]")).hasSize(1);
		assertThat(page.select("#comments .comments-list script")).isEmpty();
		assertThat(page.selectFirst("#comments").attr("data-after")).isEqualTo(String.valueOf(id));
		assertThat(page.selectFirst("#comments").attr("data-stream"))
			.isEqualTo("/live/" + this.broadcast + "/comments/stream");
		assertThat(page.select("#comment-body").attr("maxlength")).isEqualTo("200");
		Document english = new WebClient(this.port).acceptLanguage("en").page("/live/" + this.broadcast);
		assertThat(english.select("#comments-heading").text()).isEqualTo("Live comments");
		assertThat(page.select("#comments-heading").text()).isEqualTo("直播评论");
	}

	@Test
	void blockedWordsAreRefusedWhateverTheSpacingOrWidth() {
		for (String text : List.of("你真是个傻逼", "傻 逼", "F.U.C.K this", "ｆｕｃｋ", "Shit happens")) {
			HttpResponse<String> response = post(new WebClient(this.port), newAddress(), text);
			assertThat(response.statusCode()).as(text).isEqualTo(422);
			assertThat(response.body()).contains("\"field\":\"body\"").contains("comment.error.blocked");
		}
		assertThat(stored()).isZero();
		HttpResponse<String> english = post(new WebClient(this.port).acceptLanguage("en"), newAddress(), "shit");
		assertThat(english.body()).contains("not allowed");
	}

	@Test
	void emptyLongAndMultiLineCommentsAreRefusedOnTheirField() {
		Map<String, String> refusals = Map.of("   ", "comment.error.empty", "长".repeat(201), "comment.error.tooLong",
				"第一行\n第二行", "comment.error.unprintable", "制表\t符", "comment.error.unprintable", "隐形\u200b字",
				"comment.error.unprintable");
		refusals.forEach((text, error) -> {
			HttpResponse<String> response = post(new WebClient(this.port), newAddress(), text);
			assertThat(response.statusCode()).as(text).isEqualTo(422);
			assertThat(response.body()).as(text).contains(error);
		});
		// Two hundred characters, emoji counted as one each, are fine once trimmed.
		assertThat(post(new WebClient(this.port), newAddress(), "  " + "👍".repeat(200) + "  ").statusCode())
			.isEqualTo(201);
		assertThat(this.jdbc.queryForObject("SELECT body FROM live_comments WHERE broadcast_id = ?", String.class,
				this.broadcast))
			.isEqualTo("👍".repeat(200));
		// A control character is refused before any controller, as everywhere.
		assertThat(post(new WebClient(this.port), newAddress(), "响铃\u0007").statusCode()).isEqualTo(400);
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void theSecondQuickPostOfABrowserIsRefused() {
		WebClient browser = new WebClient(this.port);
		long first = idOf(post(browser, newAddress(), "第一条评论"));
		justNow(first);
		HttpResponse<String> again = post(browser, newAddress(), "第二条评论");
		assertThat(again.statusCode()).isEqualTo(429);
		assertThat(again.headers().firstValue("Retry-After")).isPresent();
		assertThat(again.body()).contains("comment.error.tooMany");
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void theSecondQuickPostFromAnAddressIsRefused() {
		String address = newAddress();
		justNow(idOf(post(new WebClient(this.port), address, "同一地址第一条")));
		HttpResponse<String> again = post(new WebClient(this.port), address, "同一地址第二条");
		assertThat(again.statusCode()).isEqualTo(429);
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void theLimitsHoldForPostsSentAtTheSameMoment() throws Exception {
		WebClient browser = new WebClient(this.port);
		idOf(post(browser, newAddress(), "先拿到浏览器标识"));
		this.jdbc.update("DELETE FROM live_comments WHERE broadcast_id = ?", this.broadcast);
		String cookie = "portal-browser=" + browser.cookie("portal-browser");
		List<CompletableFuture<HttpResponse<String>>> sameBrowser = new ArrayList<>();
		List<CompletableFuture<HttpResponse<String>>> sameAddress = new ArrayList<>();
		String address = newAddress();
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < 20; i++) {
			sameBrowser.add(http.sendAsync(commentRequest("同一浏览器 " + i, newAddress()).header("Cookie", cookie).build(),
					HttpResponse.BodyHandlers.ofString()));
			sameAddress.add(
					http.sendAsync(commentRequest("同一地址 " + i, address).build(), HttpResponse.BodyHandlers.ofString()));
		}
		assertThat(statuses(sameBrowser)).containsOnly(201, 429).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(statuses(sameAddress)).containsOnly(201, 429).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(stored()).isEqualTo(2);
	}

	private HttpRequest.Builder commentRequest(String text, String address) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + commentsPath()))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString("body=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
	}

	private static List<Integer> statuses(List<CompletableFuture<HttpResponse<String>>> responses) throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> response : responses) {
			statuses.add(response.get().statusCode());
		}
		return statuses;
	}

	/**
	 * Dates a comment this instant, so that a slow machine cannot let its window pass.
	 */
	private void justNow(long comment) {
		this.jdbc.update("UPDATE live_comments SET created_at = clock_timestamp() WHERE id = ?", comment);
	}

	@Test
	void aPostFromAnotherSiteIsRefused() {
		WebClient browser = new WebClient(this.port);
		assertThat(post(browser, newAddress(), "跨站评论", Map.of("Sec-Fetch-Site", "cross-site")).statusCode())
			.isEqualTo(403);
		HttpResponse<String> byOrigin = browser.postRaw(commentsPath(), Map.of("body", "跨站评论"),
				Map.of("X-Forwarded-For", newAddress(), "Origin", "https://evil.example"));
		assertThat(byOrigin.statusCode()).isEqualTo(403);
		assertThat(stored()).isZero();
	}

	@Test
	void aPlainFormComesBackToTheBroadcastOrToItsRefusal() {
		WebClient browser = new WebClient(this.port);
		HttpResponse<String> posted = browser.postRaw(commentsPath(), Map.of("body", "不用脚本也能评论"),
				Map.of("X-Forwarded-For", newAddress()));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow())
			.startsWith("/live/" + this.broadcast + "?comment=");
		assertThat(browser.cookie("portal-browser")).isNotNull();
		HttpResponse<String> refused = browser.postRaw(commentsPath(), Map.of("body", "x".repeat(300)),
				Map.of("X-Forwarded-For", newAddress()));
		assertThat(refused.statusCode()).isEqualTo(422);
		Document page = org.jsoup.Jsoup.parse(refused.body());
		assertThat(page.select("#comment-body").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#comment-body").attr("value")).isEqualTo("x".repeat(300));
		assertThat(page.select("#comment-error").text()).contains("200");
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void unknownBroadcastsAndBadPositionsGiveNoError500() {
		assertThat(new WebClient(this.port)
			.postRaw("/live/999999999/comments", Map.of("body", "好"), Map.of("X-Forwarded-For", newAddress()))
			.statusCode()).isEqualTo(404);
		assertThat(EventStream.open(this.port, "/live/999999999/comments/stream").status()).isEqualTo(404);
		try (EventStream odd = stream("?after=-5%27", Map.of("Last-Event-ID", "abc"))) {
			assertThat(odd.status()).isEqualTo(200);
		}
		assertThat(new WebClient(this.port).postRaw(commentsPath(), Map.of(), Map.of("X-Forwarded-For", newAddress()))
			.statusCode()).isEqualTo(422);
	}

	@Test
	void hidingACommentReachesOpenStreamsAndThePage() {
		long id = idOf(post(new WebClient(this.port), newAddress(), "这条将被隐藏"));
		long kept = idOf(post(new WebClient(this.port), newAddress(), "这条保留"));
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		try (EventStream viewer = stream("", Map.of())) {
			HttpResponse<String> hidden = organizer.post("/admin/comments/" + id + "/hide", Map.of(),
					"/admin/comments");
			assertThat(hidden.statusCode()).isEqualTo(302);
			EventStream.Event event = viewer.next((candidate) -> "hide".equals(candidate.name()), WITHIN);
			assertThat(event).as("the hide event").isNotNull();
			assertThat(event.data()).isEqualTo("{\"ids\":[" + id + "]}");
		}
		Document page = new WebClient(this.port).page("/live/" + this.broadcast);
		assertThat(page.select("#comments .comment").eachAttr("data-id")).containsExactly(String.valueOf(kept));
		// A viewer who connects later is told too, for a page kept from before.
		try (EventStream later = stream("?after=0", Map.of())) {
			assertThat(later.next((candidate) -> "hide".equals(candidate.name()), WITHIN).data())
				.contains(String.valueOf(id));
			assertThat(later.events()).noneMatch((candidate) -> candidate.isComment(id));
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT actor || ' ' || action FROM audit_log WHERE entity_type = 'LIVE_COMMENTS' AND entity_id = ?",
				String.class, id))
			.isEqualTo("organizer UPDATE");
		Document moderation = organizer.page("/admin/comments?broadcast=" + this.broadcast);
		assertThat(moderation.select("#comment-" + id).hasClass("is-hidden")).isTrue();
	}

	@Test
	void aBannedBrowserCannotPost() {
		WebClient spammer = new WebClient(this.port);
		long id = idOf(post(spammer, newAddress(), "广告广告"));
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		assertThat(organizer.post("/admin/comments/" + id + "/ban", Map.of(), "/admin/comments").statusCode())
			.isEqualTo(302);
		HttpResponse<String> again = post(spammer, newAddress(), "还是广告");
		assertThat(again.statusCode()).isEqualTo(403);
		assertThat(again.body()).contains("comment.error.banned");
		assertThat(stored()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE entity_type = 'COMMENT_BANS'"
				+ " AND action = 'CREATE' AND entity_label = (SELECT CAST(browser_id AS TEXT) FROM live_comments"
				+ " WHERE id = ?)", Long.class, id))
			.isEqualTo(1);
		// Another browser still may.
		assertThat(post(new WebClient(this.port), newAddress(), "正常评论").statusCode()).isEqualTo(201);
	}

	@Test
	void organizersBanAndUnbanABrowserByItsIdWithFieldErrorsForBadOnes() {
		WebClient spammer = new WebClient(this.port);
		long id = idOf(post(spammer, newAddress(), "先发一条"));
		String browser = this.jdbc.queryForObject("SELECT CAST(browser_id AS TEXT) FROM live_comments WHERE id = ?",
				String.class, id);
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		String form = "/admin/comment-bans/new";
		HttpResponse<String> bad = organizer.post(form, Map.of("browserId", "not-an-id", "reason", "测试"), form);
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(bad.body()).select("#browserId-error").text()).contains("浏览器标识");
		assertThat(organizer.post(form, Map.of("browserId", browser, "reason", "刷屏"), form).statusCode())
			.isEqualTo(302);
		HttpResponse<String> twice = organizer.post(form, Map.of("browserId", browser.toUpperCase(), "reason", "再次"),
				form);
		assertThat(org.jsoup.Jsoup.parse(twice.body()).select("#browserId-error").text()).contains("已被禁言");
		long ban = this.jdbc.queryForObject("SELECT id FROM comment_bans WHERE CAST(browser_id AS TEXT) = ?",
				Long.class, browser);
		assertThat(post(spammer, newAddress(), "被禁言后").statusCode()).isEqualTo(403);
		String delete = "/admin/comment-bans/" + ban + "/delete";
		assertThat(organizer.post(delete, Map.of("version", "0"), delete).statusCode()).isEqualTo(302);
		// Past the browser's short window, which the first comment would otherwise still
		// fill.
		this.jdbc.update("UPDATE live_comments SET created_at = created_at - interval '1 minute' WHERE id = ?", id);
		assertThat(post(spammer, newAddress(), "解除禁言后").statusCode()).isEqualTo(201);
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_log WHERE entity_type = 'COMMENT_BANS'" + " AND entity_id = ? ORDER BY id",
				String.class, ban))
			.containsExactly("CREATE", "DELETE");
		this.jdbc.update("DELETE FROM audit_log WHERE entity_type = 'COMMENT_BANS' AND entity_id = ?", ban);
	}

	@Test
	void twoHundredConcurrentPostsLoseNoneAndRepeatNone() throws Exception {
		int posts = 200;
		try (EventStream viewer = stream("", Map.of())) {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < posts; i++) {
				HttpRequest request = HttpRequest
					.newBuilder(URI.create("http://localhost:" + this.port + commentsPath()))
					.timeout(Duration.ofSeconds(60))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "application/json")
					.header("X-Forwarded-For", newAddress())
					.POST(HttpRequest.BodyPublishers
						.ofString("body=" + URLEncoder.encode("并发评论 " + i, StandardCharsets.UTF_8)))
					.build();
				sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
			}
			for (CompletableFuture<HttpResponse<String>> response : sent) {
				assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
			}
			assertThat(stored()).isEqualTo(posts);
			assertThat(this.jdbc.queryForObject("SELECT count(DISTINCT body) FROM live_comments WHERE broadcast_id = ?",
					Long.class, this.broadcast))
				.isEqualTo(posts);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (comments(viewer).size() < posts && System.nanoTime() < deadline) {
				viewer.next((event) -> false, Duration.ofMillis(100));
			}
			List<String> ids = comments(viewer);
			assertThat(ids).hasSize(posts);
			assertThat(new HashSet<>(ids)).hasSize(posts);
			Set<String> stored = new HashSet<>(this.jdbc.queryForList(
					"SELECT CAST(id AS TEXT) FROM live_comments WHERE broadcast_id = ?", String.class, this.broadcast));
			assertThat(new HashSet<>(ids)).isEqualTo(stored);
		}
	}

	private static List<String> comments(EventStream stream) {
		return stream.events()
			.stream()
			.filter((event) -> "comment".equals(event.name()))
			.map(EventStream.Event::id)
			.toList();
	}

	@Test
	void theNumberWatchingCountsTheOpenStreams() {
		try (EventStream first = stream("", Map.of()); EventStream second = stream("", Map.of())) {
			EventStream.Event counted = second.next(
					(event) -> "watching".equals(event.name()) && event.data().equals("{\"watching\":2}"),
					Duration.ofSeconds(10));
			assertThat(counted).as("a count of two").isNotNull();
			Document page = new WebClient(this.port).page("/live/" + this.broadcast);
			assertThat(page.select("#comments .watching-count").text()).isEqualTo("2");
		}
	}

}
