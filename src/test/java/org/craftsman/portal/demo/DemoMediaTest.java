package org.craftsman.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo hotspot has media of its own, made by tools/demo-media/generate.sh, and all
 * demo media together stay within the repository's budget.
 */
@IntegrationTest
class DemoMediaTest {

	/** What the shipped demo media may weigh together. */
	static final long BUDGET_BYTES = 12L * 1024 * 1024;

	static final Path FOLDER = Path.of("src/main/resources/demo-media");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyHotspotHasItsOwnPosterAndMedia() throws Exception {
		Map<String, String> owners = new HashMap<>();
		List<Map<String, Object>> hotspots = this.jdbc.queryForList(
				"SELECT id, media_kind, media_ref, poster_ref FROM online_hotspots WHERE id <= ? ORDER BY id",
				DemoDataSet.HOTSPOTS);
		assertThat(hotspots).hasSize(DemoDataSet.HOTSPOTS);
		for (Map<String, Object> hotspot : hotspots) {
			String id = String.valueOf(hotspot.get("id"));
			List<String> refs = "GRAPHIC".equals(hotspot.get("media_kind"))
					? List.of((String) hotspot.get("poster_ref"))
					: List.of((String) hotspot.get("poster_ref"), (String) hotspot.get("media_ref"));
			for (String ref : refs) {
				String previous = owners.put(sha256(ref), id + " " + ref);
				assertThat(previous).as("%s is also %s", ref, previous).isNull();
			}
		}
	}

	@Test
	void everyVideoComesAsMp4AndWebmAndBothAreServedWithTheirTypes() throws Exception {
		List<String> videos = this.jdbc.queryForList(
				"SELECT media_ref FROM online_hotspots WHERE media_kind = 'VIDEO' AND id <= ?", String.class,
				DemoDataSet.HOTSPOTS);
		assertThat(videos).hasSize(160).allMatch((ref) -> ref.endsWith(".mp4"));
		for (String mp4 : videos) {
			String webm = mp4.replace(".mp4", ".webm");
			assertThat(sha256(webm)).isNotEqualTo(sha256(mp4));
		}
		WebClient browser = new WebClient(this.port);
		HttpResponse<String> mp4 = browser.get(videos.get(0));
		HttpResponse<String> webm = browser.get(videos.get(0).replace(".mp4", ".webm"));
		assertThat(mp4.statusCode()).isEqualTo(200);
		assertThat(mp4.headers().firstValue("Content-Type")).contains("video/mp4");
		assertThat(webm.statusCode()).isEqualTo(200);
		assertThat(webm.headers().firstValue("Content-Type")).contains("video/webm");
	}

	@Test
	void theDemoMediaStayWithinTheirBudget() throws IOException {
		long total;
		try (Stream<Path> files = Files.list(FOLDER)) {
			total = files.mapToLong(DemoMediaTest::size).sum();
		}
		assertThat(total).isPositive().isLessThanOrEqualTo(BUDGET_BYTES);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sha256(String ref) throws IOException, NoSuchAlgorithmException {
		ClassPathResource file = new ClassPathResource("demo-media/" + ref.substring("/media/".length()));
		assertThat(file.exists()).as(ref).isTrue();
		try (InputStream in = file.getInputStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
	}

}
