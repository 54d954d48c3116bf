package org.craftsman.portal.hall;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.craftsman.portal.admin.Multipart;
import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizers keep the real-scene hall: a panorama upload is checked (a JPEG or PNG
 * picture, 2:1) with a clear error otherwise, places are checked (on the sphere, one per
 * hotspot, in the hotspot's zone) and audited, a stale move overwrites nothing, and
 * visitors can neither place nor look hotspots up.
 */
@IntegrationTest
class HallAdminTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalProperties properties;

	@AfterEach
	void removeTestScenes() throws IOException {
		for (String ref : this.jdbc.queryForList(
				"""
						SELECT panorama_ref FROM hall_scenes WHERE code LIKE 'ZT-%' AND panorama_ref LIKE '/media/uploads/%'
						UNION SELECT preview_ref FROM hall_scenes WHERE code LIKE 'ZT-%' AND preview_ref LIKE '/media/uploads/%'""",
				String.class)) {
			Files.deleteIfExists(this.properties.mediaDir().resolve(ref.substring("/media/".length())));
		}
		this.jdbc.update("DELETE FROM hall_scenes WHERE code LIKE 'ZT-%'");
	}

	@Test
	void aPanoramaMustBeAnEquirectangularPicture() throws IOException {
		WebClient organizer = organizer();
		long scenes = scenes();
		HttpResponse<String> square = upload(organizer, "ZT-SQ", jpeg(1024, 1024), "square.jpg");
		assertThat(square.statusCode()).isEqualTo(200);
		assertThat(fieldError(square, "panoramaFile")).contains("1024 × 1024").contains("2:1");
		HttpResponse<String> text = upload(organizer, "ZT-TX", "not a picture".getBytes(StandardCharsets.UTF_8),
				"pano.jpg");
		assertThat(fieldError(text, "panoramaFile")).contains("JPEG");
		HttpResponse<String> tiny = upload(organizer, "ZT-TN", jpeg(200, 100), "tiny.jpg");
		assertThat(fieldError(tiny, "panoramaFile")).contains("1024");
		assertThat(scenes()).isEqualTo(scenes);

		HttpResponse<String> good = upload(organizer, "ZT-OK", jpeg(1024, 512), "pano.jpg");
		assertThat(good.statusCode()).as(good.body()).isEqualTo(302);
		String ref = this.jdbc.queryForObject("SELECT panorama_ref FROM hall_scenes WHERE code = 'ZT-OK'",
				String.class);
		assertThat(ref).matches("/media/uploads/[0-9a-f-]{36}\\.jpg");
		assertThat(this.properties.mediaDir().resolve(ref.substring("/media/".length()))).exists();
		String preview = this.jdbc.queryForObject("SELECT preview_ref FROM hall_scenes WHERE code = 'ZT-OK'",
				String.class);
		assertThat(preview).isEqualTo(ref.replace(".jpg", "-preview.jpg"));
		BufferedImage small = ImageIO
			.read(this.properties.mediaDir().resolve(preview.substring("/media/".length())).toFile());
		assertThat(small.getWidth()).isEqualTo(512);
		assertThat(small.getHeight()).isEqualTo(256);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_log WHERE entity_type = 'SCENES' AND action = 'CREATE' AND entity_label = 'ZT 场景'",
				Long.class))
			.isEqualTo(1);
		assertThat(new WebClient(this.port)
			.page("/hall/scenes/"
					+ this.jdbc.queryForObject("SELECT id FROM hall_scenes WHERE code = 'ZT-OK'", Long.class))
			.select("#tour-viewer")
			.attr("data-panorama")).isEqualTo(ref);
		assertThat(new WebClient(this.port).get(preview).statusCode()).isEqualTo(200);
	}

	@Test
	void aPlaceIsCheckedAndNothingChangesWhenItIsRefused() {
		WebClient organizer = organizer();
		Map<String, Object> placed = this.jdbc.queryForMap("""
				SELECT p.id, p.hotspot_id, p.scene_id, p.yaw, p.pitch, p.version, s.code FROM hall_hotspot_places p
				JOIN hall_scenes s ON s.id = p.scene_id ORDER BY p.id LIMIT 1""");
		long scene = ((Number) placed.get("scene_id")).longValue();
		String page = "/admin/scenes/" + scene + "/place";
		Map<String, Object> before = this.jdbc
			.queryForMap("SELECT count(*), sum(yaw), sum(pitch) FROM hall_hotspot_places");

		Map<String, String> outOfRange = Map.of("hotspotId", "1", "yaw", "181", "pitch", "-95");
		HttpResponse<String> refused = organizer.post(page, outOfRange, page);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select(".field-error")).hasSizeGreaterThanOrEqualTo(2);

		long elsewhere = this.jdbc.queryForObject(
				"SELECT hotspot_id FROM hall_hotspot_places WHERE scene_id <> ? ORDER BY id LIMIT 1", Long.class,
				scene);
		HttpResponse<String> twice = organizer.post(page,
				Map.of("hotspotId", String.valueOf(elsewhere), "yaw", "10", "pitch", "5"), page);
		assertThat(fieldError(twice, "hotspotId")).isNotBlank();
		HttpResponse<String> unknown = organizer.post(page, Map.of("hotspotId", "999999", "yaw", "10", "pitch", "5"),
				page);
		assertThat(fieldError(unknown, "hotspotId")).contains("999999");

		Map<String, String> stale = new HashMap<>(Map.of("id", placed.get("id").toString(), "version",
				String.valueOf(((Number) placed.get("version")).intValue() + 7), "hotspotId",
				placed.get("hotspot_id").toString(), "yaw", "12.5", "pitch", "3"));
		HttpResponse<String> staleMove = organizer.post(page, stale, page);
		assertThat(staleMove.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(staleMove.body()).select(".admin-error-summary").text()).isNotBlank();
		assertThat(this.jdbc.queryForMap("SELECT count(*), sum(yaw), sum(pitch) FROM hall_hotspot_places"))
			.isEqualTo(before);

		// The same move from the version the organizer saw is saved and audited.
		stale.put("version", String.valueOf(placed.get("version")));
		HttpResponse<String> moved = organizer.post(page, stale, page);
		try {
			assertThat(moved.statusCode()).as(Jsoup.parse(moved.body()).select(".admin-error-summary").text())
				.isEqualTo(302);
			assertThat(this.jdbc.queryForObject("SELECT yaw FROM hall_hotspot_places WHERE id = ?", Double.class,
					placed.get("id")))
				.isEqualTo(12.5);
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM audit_log WHERE entity_type = 'HOTSPOT_PLACES' AND action = 'UPDATE' AND entity_id = ?",
					Long.class, placed.get("id")))
				.isPositive();
		}
		finally {
			this.jdbc.update("UPDATE hall_hotspot_places SET yaw = ?, pitch = ? WHERE id = ?", placed.get("yaw"),
					placed.get("pitch"), placed.get("id"));
		}
	}

	@Test
	void visitorsCanNeitherPlaceNorLookUpHotspots() {
		WebClient visitor = new WebClient(this.port);
		HttpResponse<String> place = visitor.postRaw("/admin/scenes/2/place",
				Map.of("hotspotId", "1", "yaw", "0", "pitch", "0"));
		assertThat(place.statusCode()).isIn(302, 403);
		assertThat(visitor.get("/admin/lookup/hotspots?q=1").statusCode()).isIn(302, 403);
		assertThat(visitor.get("/admin/scenes/2/place").statusCode()).isEqualTo(302);
		assertThat(visitor.get("/admin/export/hotspot-places.csv").statusCode()).isEqualTo(302);
	}

	@Test
	void organizersFindHotspotsByNumberOrTitleAndExportThePlaces() {
		WebClient organizer = organizer();
		String title = this.jdbc.queryForObject("SELECT title FROM online_hotspots WHERE id = 7", String.class);
		assertThat(organizer.get("/admin/lookup/hotspots?q=7").body()).startsWith("[{\"value\":\"7\"");
		assertThat(organizer
			.get("/admin/lookup/hotspots?q="
					+ java.net.URLEncoder.encode(title.substring(0, 4), StandardCharsets.UTF_8))
			.body()).contains(title);
		String csv = new String(Multipart.download(organizer, this.port, "/admin/export/hotspot-places.csv").body(),
				StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(441);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("yaw").contains("pitch");
		String scenesCsv = new String(Multipart.download(organizer, this.port, "/admin/export/scenes.csv").body(),
				StandardCharsets.UTF_8);
		assertThat(scenesCsv.lines().count()).isEqualTo(1 + scenes());
	}

	private HttpResponse<String> upload(WebClient organizer, String code, byte[] picture, String name) {
		return new Multipart().fields(Map.of("code", code, "title", "ZT 场景", "initialYaw", "0", "initialPitch", "0"))
			.file("panoramaFile", name, "image/jpeg", picture)
			.post(organizer, this.port, "/admin/scenes/new", "/admin/scenes/new");
	}

	private static String fieldError(HttpResponse<String> response, String field) {
		Document page = Jsoup.parse(response.body());
		return page.select("#" + field + "-error").text();
	}

	private long scenes() {
		return this.jdbc.queryForObject("SELECT count(*) FROM hall_scenes", Long.class);
	}

	private WebClient organizer() {
		return new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x9e1b1b);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

}
