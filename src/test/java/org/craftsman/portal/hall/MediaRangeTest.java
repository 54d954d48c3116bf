package org.craftsman.portal.hall;

import java.net.http.HttpResponse;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hotspot media are served with their content type and answer range requests, so that a
 * player can seek.
 */
@IntegrationTest
class MediaRangeTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "/media/video-1.webm, video/webm", "/media/hotspot-006.mp3, audio/mpeg",
			"/media/hotspot-008.mp4, video/mp4", "/media/hotspot-008.webm, video/webm",
			"/media/hotspot-001.svg, image/svg+xml" })
	void aRangeRequestGetsPartOfTheFile(String path, String type) {
		WebClient browser = new WebClient(this.port);
		HttpResponse<String> whole = browser.get(path);
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.headers().firstValue("Content-Type")).get().asString().startsWith(type);
		assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
		long length = Long.parseLong(whole.headers().firstValue("Content-Length").orElseThrow());

		HttpResponse<String> part = browser.get(path, Map.of("Range", "bytes=100-199"));
		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.headers().firstValue("Content-Range")).contains("bytes 100-199/" + length);
		assertThat(part.headers().firstValue("Content-Length")).contains("100");
		assertThat(part.headers().firstValue("Content-Type")).get().asString().startsWith(type);

		HttpResponse<String> tail = browser.get(path, Map.of("Range", "bytes=" + (length - 10) + "-"));
		assertThat(tail.statusCode()).isEqualTo(206);
		assertThat(tail.headers().firstValue("Content-Range"))
			.contains("bytes " + (length - 10) + "-" + (length - 1) + "/" + length);

		assertThat(browser.get(path, Map.of("Range", "bytes=" + (length + 10) + "-")).statusCode()).isEqualTo(416);
	}

}
