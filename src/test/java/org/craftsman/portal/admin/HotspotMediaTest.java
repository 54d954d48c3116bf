package org.craftsman.portal.admin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hotspot media are accepted by content, within size limits, stored under a generated
 * name in the media directory and served with their type and with range requests.
 */
@IntegrationTest
class HotspotMediaTest {

	private static final Map<String, String> HOTSPOT = Map.of("areaCode", "ON01", "title", "ZT 上传热点", "mediaKind",
			"GRAPHIC");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalProperties properties;

	@AfterEach
	void removeTestRowsAndFiles() throws IOException {
		for (String ref : this.jdbc.queryForList(
				"SELECT media_ref FROM online_hotspots WHERE title LIKE 'ZT%' AND media_ref LIKE '/media/uploads/%'",
				String.class)) {
			Files.deleteIfExists(this.properties.mediaDir().resolve(ref.substring("/media/".length())));
		}
		TestRows.deleteAll(this.jdbc);
	}

	@Test
	void aPictureIsStoredUnderAGeneratedNameAndServedWithRanges() throws IOException {
		WebClient organizer = organizer();
		HttpResponse<String> response = new Multipart().fields(HOTSPOT)
			.file("mediaFile", "../../etc/passwd.png", "image/png", png())
			.post(organizer, this.port, "/admin/hotspots/new", "/admin/hotspots/new");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String ref = this.jdbc.queryForObject("SELECT media_ref FROM online_hotspots WHERE title = 'ZT 上传热点'",
				String.class);
		assertThat(ref).matches("/media/uploads/[0-9a-f-]{36}\\.png");
		Path stored = this.properties.mediaDir().resolve(ref.substring("/media/".length()));
		assertThat(stored).exists();
		assertThat(Files.readAllBytes(stored)).isEqualTo(png());

		HttpResponse<String> whole = organizer.get(ref);
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(whole.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		HttpResponse<String> part = new WebClient(this.port).get(ref, Map.of("Range", "bytes=0-7"));
		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.headers().firstValue("Content-Range")).get().asString().startsWith("bytes 0-7/");
	}

	@Test
	void audioIsAcceptedForAudioHotspotsAndServedAsAudio() throws IOException {
		byte[] mp3 = new ClassPathResource("demo-media/hotspot-006.mp3").getContentAsByteArray();
		HttpResponse<String> response = new Multipart()
			.fields(Map.of("areaCode", "ON01", "title", "ZT 音频热点", "mediaKind", "AUDIO"))
			.file("mediaFile", "interview.bin", "application/octet-stream", mp3)
			.post(organizer(), this.port, "/admin/hotspots/new", "/admin/hotspots/new");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String ref = this.jdbc.queryForObject("SELECT media_ref FROM online_hotspots WHERE title = 'ZT 音频热点'",
				String.class);
		assertThat(ref).endsWith(".mp3");
		assertThat(new WebClient(this.port).get(ref).headers().firstValue("Content-Type")).hasValue("audio/mpeg");
	}

	@Test
	void textNamedLikeAPictureIsRefused() {
		assertRefused("mediaFile", "notes.png", "image/png", "hello, not a picture".getBytes(StandardCharsets.UTF_8),
				"不是所选类型");
	}

	@Test
	void svgPicturesAreRefusedBecauseTheyCanCarryScripts() {
		assertRefused("mediaFile", "logo.svg", "image/svg+xml",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
					.getBytes(StandardCharsets.UTF_8),
				"不是所选类型");
	}

	@Test
	void soundIsRefusedForAPictureHotspot() throws IOException {
		assertRefused("mediaFile", "a.png", "image/png",
				new ClassPathResource("demo-media/hotspot-006.mp3").getContentAsByteArray(), "不是所选类型");
	}

	@Test
	void aPictureOverFiveMegabytesIsRefused() throws IOException {
		byte[] large = Arrays.copyOf(png(), 5 * 1024 * 1024 + 1);
		assertRefused("posterFile", "huge.png", "image/png", large, "文件过大：最多 5 MB");
	}

	@Test
	void anUploadOverTheServerLimitGetsAPageSayingSo() {
		Map<String, Long> before = TestRows.counts(this.jdbc);
		HttpResponse<String> response = new Multipart().fields(HOTSPOT)
			.file("mediaFile", "film.webm", "video/webm", new byte[60 * 1024 * 1024])
			.post(organizer(), this.port, "/admin/hotspots/new", "/admin/hotspots/new");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("文件过大");
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void anUploadSurvivesAFormRefusedForAnotherReason() throws IOException {
		HttpResponse<String> response = new Multipart()
			.fields(Map.of("areaCode", "ON01", "title", "", "mediaKind", "GRAPHIC"))
			.file("mediaFile", "ok.png", "image/png", png())
			.post(organizer(), this.port, "/admin/hotspots/new", "/admin/hotspots/new");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#title-error").text()).isEqualTo("请填写此项。");
		String kept = page.select("#mediaRef").val();
		assertThat(kept).matches("/media/uploads/[0-9a-f-]{36}\\.png");
		Files.deleteIfExists(this.properties.mediaDir().resolve(kept.substring("/media/".length())));
	}

	private void assertRefused(String field, String name, String type, byte[] content, String message) {
		Map<String, Long> before = TestRows.counts(this.jdbc);
		HttpResponse<String> response = new Multipart().fields(HOTSPOT)
			.field("mediaRef", "/media/hotspot-001.svg")
			.file(field, name, type, content)
			.post(organizer(), this.port, "/admin/hotspots/new", "/admin/hotspots/new");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select("#" + field + "-error").text()).contains(message);
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

	private WebClient organizer() {
		return new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
	}

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x9e1b1b);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
