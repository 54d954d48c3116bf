package org.craftsman.portal.admin;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * Two organizers edit the same record at once: the second save is refused, shows what the
 * first saved, keeps what the second typed, and overwrites nothing.
 */
@IntegrationTest
class ConcurrentEditTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	long id;

	@BeforeEach
	void createResult() {
		this.jdbc
			.update("""
					INSERT INTO innovation_results (code, title, summary, category, region, innovators, organization_id, area_id)
					VALUES ('ZT-LOCK', 'ZT 原标题', '摘要', '装备制造', '广东', '张三', 1, 1)""");
		this.id = TestRows.id(this.jdbc, "SELECT id FROM innovation_results WHERE code = 'ZT-LOCK'");
	}

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	@Test
	void theSecondSaveIsRefusedAndShowsTheFirstOrganizersValues() {
		WebClient first = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		WebClient second = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		assertThat(first.cookie("SESSION")).isNotEqualTo(second.cookie("SESSION"));
		String edit = "/admin/results/" + this.id + "/edit";
		Map<String, String> firstForm = form(first.page(edit));
		Map<String, String> secondForm = form(second.page(edit));

		firstForm.put("title", "ZT 第一位的标题");
		assertThat(first.post(edit, firstForm, edit).statusCode()).isEqualTo(302);

		secondForm.put("title", "ZT 第二位的标题");
		secondForm.put("innovators", "李四");
		HttpResponse<String> refused = second.post(edit, secondForm, edit);
		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#form-errors").text()).contains("其他人保存了这条记录").contains("organizer");
		assertThat(page.select("#title").val()).isEqualTo("ZT 第二位的标题");
		assertThat(page.select("#title-theirs q").text()).isEqualTo("ZT 第一位的标题");
		assertThat(page.select("#innovators-theirs q").text()).isEqualTo("张三");
		assertThat(this.jdbc.queryForObject("SELECT title FROM innovation_results WHERE id = ?", String.class, this.id))
			.isEqualTo("ZT 第一位的标题");
		assertThat(this.jdbc.queryForObject("SELECT innovators FROM innovation_results WHERE id = ?", String.class,
				this.id))
			.isEqualTo("张三");

		// Having seen the other's change, the second organizer saves deliberately.
		Map<String, String> again = form(page);
		assertThat(second.post(edit, again, edit).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT title FROM innovation_results WHERE id = ?", String.class, this.id))
			.isEqualTo("ZT 第二位的标题");
	}

	@Test
	void aDeleteConfirmedBeforeSomeoneElsesChangeIsRefused() {
		WebClient first = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		WebClient second = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		String delete = "/admin/results/" + this.id + "/delete";
		String version = second.page(delete).select("input[name=version]").val();
		String edit = "/admin/results/" + this.id + "/edit";
		Map<String, String> changed = form(first.page(edit));
		changed.put("title", "ZT 已修改");
		assertThat(first.post(edit, changed, edit).statusCode()).isEqualTo(302);
		HttpResponse<String> refused = second.post(delete, Map.of("version", version), delete);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select(".alert-error").text()).contains("其他人修改了这条记录");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM innovation_results WHERE id = ?", Long.class, this.id))
			.isEqualTo(1);
	}

	@Test
	void aRecordDeletedWhileBeingEditedKeepsWhatWasTyped() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		String edit = "/admin/results/" + this.id + "/edit";
		Map<String, String> typed = form(organizer.page(edit));
		typed.put("title", "ZT 还在表单里");
		this.jdbc.update("DELETE FROM innovation_results WHERE id = ?", this.id);
		HttpResponse<String> response = organizer.post(edit, typed, "/admin/results/new");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#form-errors").text()).contains("其他人删除了这条记录");
		assertThat(page.select("#title").val()).isEqualTo("ZT 还在表单里");
	}

	static Map<String, String> form(Document page) {
		Map<String, String> fields = new LinkedHashMap<>();
		page.select("form.admin-form input[name], form.admin-form select[name], form.admin-form textarea[name]")
			.forEach((input) -> {
				String name = input.attr("name");
				if (name.equals("_csrf") || input.attr("type").equals("file") || input.attr("type").equals("submit")) {
					return;
				}
				if (input.attr("type").equals("checkbox")) {
					if (input.hasAttr("checked")) {
						fields.put(name, input.val());
					}
					return;
				}
				if (input.tagName().equals("select")) {
					fields.put(name, input.select("option[selected]").val());
					return;
				}
				fields.put(name, input.tagName().equals("textarea") ? input.text() : input.val());
			});
		return fields;
	}

}
