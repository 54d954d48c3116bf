package org.craftsman.portal.live;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo HLS stream the project ships (made by tools/live/demo-stream.sh): three
 * renditions behind a master playlist, whole, within its size budget, and served with the
 * types players expect.
 */
@IntegrationTest
@Import(ConferencePhasesTest.PinnedClock.class)
@ExtendWith(RestoreCounters.class)
class DemoStreamTest {

	static final Path STREAM = Path.of("src/main/resources/static/hls/demo");

	static final long BUDGET = 3L * 1024 * 1024;

	private static final Pattern VARIANT = Pattern
		.compile("#EXT-X-STREAM-INF:.*BANDWIDTH=(\\d+).*RESOLUTION=(\\d+)x(\\d+).*\\R(\\S+)");

	@LocalServerPort
	int port;

	@Test
	void theDemoStreamHasThreeRenditionsWithinThreeMegabytes() throws IOException {
		String master = Files.readString(STREAM.resolve("master.m3u8"));
		Matcher variants = VARIANT.matcher(master);
		List<Integer> heights = new java.util.ArrayList<>();
		List<Long> bandwidths = new java.util.ArrayList<>();
		while (variants.find()) {
			bandwidths.add(Long.parseLong(variants.group(1)));
			heights.add(Integer.parseInt(variants.group(3)));
			assertWhole(STREAM.resolve(variants.group(4)));
		}
		assertThat(heights).containsExactlyInAnyOrder(240, 360, 540);
		assertThat(bandwidths).doesNotHaveDuplicates().allSatisfy((bandwidth) -> assertThat(bandwidth).isPositive());
		long size;
		try (Stream<Path> files = Files.walk(STREAM)) {
			size = files.filter(Files::isRegularFile).mapToLong(DemoStreamTest::sizeOf).sum();
		}
		System.out.printf("Demo HLS stream: %,d bytes%n", size);
		assertThat(size).isLessThanOrEqualTo(BUDGET);
	}

	@Test
	void playlistsAndSegmentsAreServedWithTheirTypes() {
		HttpResponse<String> master = new WebClient(this.port).get("/hls/demo/master.m3u8");
		assertThat(master.statusCode()).isEqualTo(200);
		assertThat(master.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/vnd.apple.mpegurl"));
		HttpResponse<String> segment = new WebClient(this.port).get("/hls/demo/240p/segment-000.ts");
		assertThat(segment.statusCode()).isEqualTo(200);
		assertThat(segment.headers().firstValue("Content-Type")).hasValue("video/mp2t");
		assertThat(new WebClient(this.port).get("/hls/demo/../../application.yml").statusCode()).isIn(400, 404);
		assertThat(new WebClient(this.port).get("/hls/demo/missing.m3u8").statusCode()).isEqualTo(404);
	}

	private static void assertWhole(Path playlist) {
		try {
			String text = Files.readString(playlist);
			assertThat(text).startsWith("#EXTM3U").contains("#EXT-X-ENDLIST");
			double seconds = 0;
			for (String line : text.split("\\R")) {
				if (line.startsWith("#EXTINF:")) {
					seconds += Double.parseDouble(line.substring(8, line.indexOf(',')));
				}
				else if (!line.isBlank() && !line.startsWith("#")) {
					assertThat(playlist.resolveSibling(line)).as(line).isRegularFile();
				}
			}
			assertThat(seconds).as(playlist.toString()).isBetween(20.0, 30.0);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
