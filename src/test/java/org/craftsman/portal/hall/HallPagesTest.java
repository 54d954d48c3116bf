package org.craftsman.portal.hall;

import java.net.http.HttpResponse;
import java.util.Map;

import org.craftsman.portal.common.BatchedCounters;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@ExtendWith(RestoreCounters.class)
class HallPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BatchedCounters views;

	@Test
	void theHallShowsEveryHotspotByMediaKindAndZone() {
		WebClient browser = new WebClient(this.port);
		Document all = browser.page("/hall/list");
		assertThat(all.select("#hotspots-heading").text()).contains("440");
		assertThat(all.select("#hotspot-list > li")).hasSize(20);
		assertThat(all.select(".tabs [aria-current=page]").text()).contains("全部形式");
		long videos = count("SELECT count(*) FROM online_hotspots WHERE media_kind = 'VIDEO'");
		Document video = browser.page("/hall/list?kind=video");
		assertThat(video.select("#hotspots-heading").text()).contains(String.valueOf(videos));
		assertThat(video.select("#hotspot-list .media-badge").eachText()).allMatch("视频"::equals);
		long zone = this.jdbc.queryForObject("SELECT min(id) FROM exhibition_areas WHERE kind = 'ONLINE'", Long.class);
		Document zoneAudio = browser.page("/hall/list?kind=AUDIO&area=" + zone);
		assertThat(zoneAudio.select("#hotspots-heading").text()).contains(String
			.valueOf(count("SELECT count(*) FROM online_hotspots WHERE media_kind = 'AUDIO' AND area_id = " + zone)));
		assertThat(zoneAudio.select(".chips [aria-current=page]").attr("href"))
			.isEqualTo("/hall/list?kind=audio&area=" + zone);
	}

	@Test
	void malformedFiltersShowTheWholeHall() {
		for (String query : Map.of("kind", "hologram", "area", "abc", "page", "-1", "size", "100000")
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.toList()) {
			HttpResponse<String> response = new WebClient(this.port).get("/hall/list?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(200);
		}
		assertThat(new WebClient(this.port).page("/hall/list?area=1").select("#hotspots-heading").text())
			.contains("440");
	}

	@Test
	void aVideoHotspotPlaysItsVideoWithTheBrowsersControls() {
		long id = firstOf("VIDEO");
		Document page = new WebClient(this.port).page("/hall/hotspots/" + id);
		assertThat(page.select("video[controls] source").eachAttr("type")).containsExactly("video/mp4", "video/webm");
		String name = String.format("/media/hotspot-%03d", id);
		assertThat(page.select("video source").eachAttr("src")).containsExactly(name + ".mp4", name + ".webm");
		assertThat(page.select("video").attr("poster")).isEqualTo(name + ".svg");
		assertThat(page.select(".linked-result a").attr("href")).isEqualTo("/results/"
				+ this.jdbc.queryForObject("SELECT result_id FROM online_hotspots WHERE id = ?", Long.class, id));
	}

	@Test
	void anAudioHotspotPlaysItsAudioAndAGraphicShowsItsPicture() {
		Document audio = new WebClient(this.port).page("/hall/hotspots/" + firstOf("AUDIO"));
		assertThat(audio.select("audio[controls] source").attr("type")).isEqualTo("audio/mpeg");
		Document graphic = new WebClient(this.port).page("/hall/hotspots/" + firstOf("GRAPHIC"));
		assertThat(graphic.select(".media-figure img").attr("src")).endsWith(".svg");
		assertThat(graphic.select(".media-figure img").attr("alt")).isNotBlank();
	}

	@Test
	void openingAHotspotCountsAVisit() {
		long id = firstOf("GRAPHIC");
		long before = count("SELECT visit_count FROM online_hotspots WHERE id = " + id);
		Document page = new WebClient(this.port).page("/hall/hotspots/" + id);
		assertThat(count("SELECT visit_count FROM online_hotspots WHERE id = " + id)).isEqualTo(before + 1);
		assertThat(page.select(".visit-count").text()).isEqualTo(String.format("%,d", before + 1));
	}

	@Test
	void unknownHotspotsGiveTheNotFoundPage() {
		assertThat(new WebClient(this.port).get("/hall/hotspots/777777").statusCode()).isEqualTo(404);
		assertThat(new WebClient(this.port).get("/hall/hotspots/x").statusCode()).isEqualTo(400);
	}

	private long firstOf(String kind) {
		return this.jdbc.queryForObject(
				"SELECT min(id) FROM online_hotspots WHERE media_kind = ? AND result_id IS NOT NULL", Long.class, kind);
	}

	private long count(String sql) {
		this.views.flush();
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
