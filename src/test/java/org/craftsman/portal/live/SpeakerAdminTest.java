package org.craftsman.portal.live;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizers enter speakers and name them, in order, in sessions: bad input comes back
 * with a message on its field and changes nothing; a save over someone else's newer
 * change is refused; every change is in the audit log.
 */
@IntegrationTest
@Import(ConferencePhasesTest.PinnedClock.class)
@ExtendWith(RestoreCounters.class)
class SpeakerAdminTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	OwnRows rows;

	WebClient organizer;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
		this.organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
	}

	@AfterEach
	void tearDown() {
		this.rows.deleteAll();
		this.jdbc.update(
				"DELETE FROM broadcast_speakers WHERE speaker_id IN (SELECT id FROM speakers WHERE name LIKE 'ZT%')");
		this.jdbc.update("DELETE FROM speakers WHERE name LIKE 'ZT%'");
	}

	@Test
	void badSpeakersAreRefusedFieldByFieldAndNothingIsStored() {
		long before = speakers();
		Map<String, String> form = speaker("", "");
		form.put("photoRef", "javascript:alert(1)");
		form.put("biography", "长".repeat(2001));
		Document page = refused("/admin/speakers/new", form);
		assertThat(page.select("#name-error").text()).isNotBlank();
		assertThat(page.select("#title-error").text()).isNotBlank();
		assertThat(page.select("#photoRef-error").text()).isNotBlank();
		assertThat(page.select("#biography-error").text()).isNotBlank();

		Document duplicate = refused("/admin/speakers/new", speaker("李建国", "同名的人"));
		assertThat(duplicate.select("#name-error").text()).contains("已有同名嘉宾");
		assertThat(speakers()).isEqualTo(before);
	}

	@Test
	void aSpeakerIsAddedEditedWithOptimisticLockingAndAudited() {
		HttpResponse<String> created = this.organizer.post("/admin/speakers/new", speaker("ZT 测试嘉宾", "高级技师"),
				"/admin/speakers/new");
		assertThat(created.statusCode()).isEqualTo(302);
		long id = this.jdbc.queryForObject("SELECT id FROM speakers WHERE name = 'ZT 测试嘉宾'", Long.class);
		assertThat(audits("CREATE", id)).isEqualTo(1);

		String edit = "/admin/speakers/" + id + "/edit";
		WebClient other = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Map<String, String> mine = form(this.organizer.page(edit));
		Map<String, String> theirs = form(other.page(edit));
		theirs.put("title", "首席技师");
		assertThat(other.post(edit, theirs, edit).statusCode()).isEqualTo(302);
		mine.put("title", "特级技师");
		HttpResponse<String> stale = this.organizer.post(edit, mine, edit);
		assertThat(stale.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(stale.body());
		assertThat(page.select("#form-errors").text()).contains("其他人保存了这条记录");
		assertThat(page.select("#title-theirs q").text()).isEqualTo("首席技师");
		assertThat(this.jdbc.queryForObject("SELECT title FROM speakers WHERE id = ?", String.class, id))
			.isEqualTo("首席技师");
		assertThat(audits("UPDATE", id)).isEqualTo(1);

		Document shown = new WebClient(this.port).page("/speakers/" + id);
		assertThat(shown.select("h1").text()).isEqualTo("ZT 测试嘉宾");
		assertThat(shown.select("#sessions .empty-note")).hasSize(1);
	}

	@Test
	void aSessionNamesKnownSpeakersInOrderAndRefusesOthers() {
		this.organizer.post("/admin/speakers/new", speaker("ZT 第二位", "讲师"), "/admin/speakers/new");
		long session = this.rows.broadcast("嘉宾测试", Instant.now().plus(2, ChronoUnit.DAYS),
				Instant.now().plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS));
		String edit = "/admin/broadcasts/" + session + "/edit";

		Map<String, String> unknown = form(this.organizer.page(edit));
		unknown.put("speakerNames", "李建国\n不存在的人");
		unknown.put("tags", "一,二,三,四,五,六,七,八,九");
		Document refused = refused(edit, unknown);
		assertThat(refused.select("#speakerNames-error").text()).contains("不存在的人");
		assertThat(refused.select("#tags-error").text()).isNotBlank();
		assertThat(namedSpeakers(session)).isEmpty();

		Map<String, String> twice = form(this.organizer.page(edit));
		twice.put("speakerNames", "李建国\n李建国");
		assertThat(refused(edit, twice).select("#speakerNames-error").text()).contains("两次");

		Map<String, String> good = form(this.organizer.page(edit));
		good.put("speakerNames", "ZT 第二位\n李建国");
		good.put("tags", "测试，直播");
		assertThat(this.organizer.post(edit, good, edit).statusCode()).isEqualTo(302);
		assertThat(namedSpeakers(session)).containsExactly("ZT 第二位", "李建国");
		assertThat(this.jdbc.queryForObject("SELECT tags FROM live_broadcasts WHERE id = ?", String.class, session))
			.isEqualTo("测试, 直播");
		Document page = new WebClient(this.port).page("/live/" + session);
		assertThat(page.select(".speaker-card .speaker-name").eachText()).containsExactly("ZT 第二位", "李建国");
		assertThat(page.select(".broadcast-page .tag").eachText()).containsExactly("测试", "直播");

		Map<String, String> swapped = form(this.organizer.page(edit));
		assertThat(swapped.get("speakerNames")).isEqualTo("ZT 第二位\n李建国");
		swapped.put("speakerNames", "李建国\nZT 第二位");
		assertThat(this.organizer.post(edit, swapped, edit).statusCode()).isEqualTo(302);
		assertThat(namedSpeakers(session)).containsExactly("李建国", "ZT 第二位");
		assertThat(this.jdbc.queryForObject(
				"SELECT changes::text FROM audit_log WHERE entity_type = 'BROADCASTS' AND entity_id = ? ORDER BY id DESC LIMIT 1",
				String.class, session))
			.contains("speakerNames");

		long speaker = this.jdbc.queryForObject("SELECT id FROM speakers WHERE name = 'ZT 第二位'", Long.class);
		String delete = "/admin/speakers/" + speaker + "/delete";
		String version = this.organizer.page(delete).select("input[name=version]").val();
		HttpResponse<String> kept = this.organizer.post(delete, Map.of("version", version), delete);
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM speakers WHERE id = ?", Long.class, speaker))
			.isEqualTo(1);
	}

	@Test
	void aSpeakersTextIsShownAsTextNeverAsMarkup() {
		Map<String, String> hostile = speaker("ZT <script>alert(1)</script>", "<img src=x onerror=alert(2)>");
		assertThat(this.organizer.post("/admin/speakers/new", hostile, "/admin/speakers/new").statusCode())
			.isEqualTo(302);
		long id = this.jdbc.queryForObject("SELECT id FROM speakers WHERE name LIKE 'ZT <script>%'", Long.class);
		Document page = new WebClient(this.port).page("/speakers/" + id);
		assertThat(page.select("h1").text()).isEqualTo("ZT <script>alert(1)</script>");
		assertThat(page.select("main script, main img[onerror]")).isEmpty();
	}

	private Document refused(String path, Map<String, String> form) {
		HttpResponse<String> response = this.organizer.post(path, form, path);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static Map<String, String> speaker(String name, String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("nameEn", "");
		form.put("title", title);
		form.put("titleEn", "");
		form.put("organization", "测试单位");
		form.put("organizationEn", "");
		form.put("biography", "");
		form.put("biographyEn", "");
		form.put("photoRef", "");
		return form;
	}

	private long speakers() {
		return this.jdbc.queryForObject("SELECT count(*) FROM speakers", Long.class);
	}

	private long audits(String action, long id) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_log WHERE entity_type = 'SPEAKERS' AND action = ? AND entity_id = ?",
				Long.class, action, id);
	}

	private List<String> namedSpeakers(long session) {
		return this.jdbc.queryForList("""
				SELECT s.name FROM broadcast_speakers bs JOIN speakers s ON s.id = bs.speaker_id
				WHERE bs.broadcast_id = ? ORDER BY bs.position""", String.class, session);
	}

	static Map<String, String> form(Document page) {
		Map<String, String> fields = new LinkedHashMap<>();
		page.select("form.admin-form input[name], form.admin-form select[name], form.admin-form textarea[name]")
			.forEach((input) -> {
				String name = input.attr("name");
				if (name.equals("_csrf") || input.attr("type").equals("file") || input.attr("type").equals("submit")) {
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
