package org.craftsman.portal.admin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.craftsman.portal.support.RestoreCounters;
import org.junit.jupiter.api.extension.ExtendWith;
import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result may carry a picture organizers upload: the public pages show it whole with a
 * link to its full size, and the form says what pictures work best.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class ResultImageTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalProperties properties;

	@AfterEach
	void removeTestRowsAndFiles() throws IOException {
		for (String ref : this.jdbc.queryForList(
				"SELECT image_ref FROM innovation_results WHERE code LIKE 'ZT%' AND image_ref IS NOT NULL",
				String.class)) {
			Files.deleteIfExists(file(ref));
		}
		TestRows.deleteAll(this.jdbc);
	}

	@Test
	void aPortraitPictureUploadedForAResultIsShownWholeWithAFullView() throws IOException {
		WebClient organizer = organizer();
		HttpResponse<String> created = new Multipart().fields(result())
			.file("imageFile", "portrait.png", "image/png", portrait())
			.post(organizer, this.port, "/admin/results/new", "/admin/results/new");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		long id = TestRows.id(this.jdbc, "SELECT id FROM innovation_results WHERE code = 'ZT-R1'");
		String ref = this.jdbc.queryForObject("SELECT image_ref FROM innovation_results WHERE id = ?", String.class,
				id);
		assertThat(ref).matches("/media/uploads/[0-9a-f-]{36}\\.png");
		assertThat(file(ref)).exists();

		Document page = new WebClient(this.port).page("/results/" + id);
		assertThat(page.select(".whole-picture img").attr("src")).isEqualTo(ref);
		assertThat(page.select("a.picture-full-link").attr("href")).isEqualTo(ref);
		assertThat(page.select("a.picture-full-link").text()).isEqualTo("查看原图");
		assertThat(page.select("dialog#lightbox")).hasSize(1);
		assertThat(page.select("script[src*=lightbox]")).hasSize(1);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(new WebClient(this.port).get(ref).statusCode()).isEqualTo(200);

		Document list = new WebClient(this.port).page("/results?sort=newest");
		assertThat(list.select(".result-card img.picture-whole").eachAttr("src")).contains(ref);
	}

	@Test
	void replacingAResultsPictureRemovesTheOldFile() throws IOException {
		WebClient organizer = organizer();
		new Multipart().fields(result())
			.file("imageFile", "first.png", "image/png", portrait())
			.post(organizer, this.port, "/admin/results/new", "/admin/results/new");
		long id = TestRows.id(this.jdbc, "SELECT id FROM innovation_results WHERE code = 'ZT-R1'");
		String first = imageRef(id);
		Map<String, String> fields = new LinkedHashMap<>(result());
		fields.put("imageRef", first);
		fields.put("version", organizer.page("/admin/results/" + id + "/edit").select("input[name=version]").val());

		HttpResponse<String> replaced = new Multipart().fields(fields)
			.file("imageFile", "second.png", "image/png", portrait())
			.post(organizer, this.port, "/admin/results/" + id + "/edit", "/admin/results/" + id + "/edit");

		assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(302);
		assertThat(imageRef(id)).isNotEqualTo(first);
		assertThat(file(first)).doesNotExist();
		assertThat(file(imageRef(id))).exists();
	}

	@Test
	void theResultFormSaysWhichPicturesWorkBest() {
		for (String language : new String[] { "zh-CN", "en" }) {
			Document form = new WebClient(this.port).acceptLanguage(language)
				.loggedInAs("organizer", "demo-organizer")
				.page("/admin/results/new");
			assertThat(form.select("form.admin-form").attr("enctype")).isEqualTo("multipart/form-data");
			assertThat(form.select("input[type=file][name=imageFile]").attr("accept")).contains("image/png");
			assertThat(form.select("#imageFile-hint").text()).contains("PNG")
				.contains("5 MB")
				.contains("1600 × 900")
				.contains("16:9");
		}
	}

	@Test
	void aPictureHotspotShowsItsPictureWholeWithAFullView() {
		long id = TestRows.id(this.jdbc,
				"SELECT id FROM online_hotspots WHERE media_kind = 'GRAPHIC' ORDER BY id LIMIT 1");
		Document page = new WebClient(this.port).page("/hall/hotspots/" + id);
		String ref = page.select(".whole-picture img").attr("src");
		assertThat(ref).startsWith("/media/");
		assertThat(page.select("a.picture-full-link").attr("href")).isEqualTo(ref);
		assertThat(page.select("dialog#lightbox")).hasSize(1);
	}

	@Test
	void theResultsExportHasThePictureColumn() {
		HttpResponse<String> export = organizer().get("/admin/export/results.csv");
		assertThat(export.body().lines().findFirst().orElseThrow()).contains("image_ref");
	}

	private String imageRef(long id) {
		return this.jdbc.queryForObject("SELECT image_ref FROM innovation_results WHERE id = ?", String.class, id);
	}

	private static Map<String, String> result() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", "ZT-R1");
		fields.put("title", "ZT 图片成果");
		fields.put("summary", "一项带图片的测试成果。");
		fields.put("category", "装备制造");
		fields.put("region", "广东");
		fields.put("innovators", "张三");
		fields.put("organizationName", "太原宏远智能装备有限公司");
		fields.put("areaCode", "A01");
		fields.put("published", "true");
		fields.put("_published", "on");
		fields.put("_featured", "on");
		return fields;
	}

	private static byte[] portrait() throws IOException {
		BufferedImage image = new BufferedImage(90, 160, BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, 0x9e1b1b);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private Path file(String ref) {
		return this.properties.mediaDir().resolve(ref.substring("/media/".length()));
	}

	private WebClient organizer() {
		return new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
	}

}
