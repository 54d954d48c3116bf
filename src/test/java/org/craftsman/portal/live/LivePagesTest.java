package org.craftsman.portal.live;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.craftsman.portal.common.BatchedCounters;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@ExtendWith(RestoreCounters.class)
class LivePagesTest {

	static final ZoneId CONFERENCE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BatchedCounters views;

	OwnRows rows;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
	}

	@AfterEach
	void tearDown() {
		this.rows.deleteAll();
	}

	@Test
	void theProgrammeShowsThePastBroadcastsAsReplaysByDay() {
		Document page = new WebClient(this.port).page("/live");
		assertThat(page.select("#past .broadcast")).hasSize(12);
		assertThat(page.select("#past .day-heading").eachText()).containsExactly("2022年4月29日", "2022年4月28日",
				"2022年4月27日");
		assertThat(page.select("#past .badge").eachText()).allMatch("回放"::equals);
		assertThat(page.select("#ended h2").text()).isEqualTo("本届大会已闭幕");
		assertThat(page.select("#today, #upcoming")).isEmpty();
	}

	@Test
	void todaysAndUpcomingBroadcastsAreShownWithTheirState() {
		Instant now = Instant.now();
		LocalDate today = LocalDate.now(CONFERENCE);
		Instant todayStart = today.atStartOfDay(CONFERENCE).toInstant();
		Instant todayEnd = today.atTime(LocalTime.MAX).atZone(CONFERENCE).toInstant();
		long onAir = this.rows.broadcast("正在直播", max(todayStart, now.minus(1, ChronoUnit.MINUTES)),
				min(todayEnd, now.plus(30, ChronoUnit.MINUTES)));
		long tomorrow = this.rows.broadcast("明日直播", todayStart.plus(34, ChronoUnit.HOURS),
				todayStart.plus(35, ChronoUnit.HOURS));
		Document page = new WebClient(this.port).page("/live");
		assertThat(page.select("#today .broadcast").text()).contains("正在直播").contains("直播中");
		assertThat(page.select("#upcoming .broadcast").text()).contains("明日直播").contains("即将开始");
		Document home = new WebClient(this.port).page("/");
		assertThat(home.select("#live-today").text()).contains("正在直播");
		assertThat(home.select("#live-next").text()).contains("明日直播");
		assertThat(page.select("#upcoming a").attr("href")).isEqualTo("/live/" + tomorrow);
		assertThat(new WebClient(this.port).page("/live/" + onAir).select("video source").attr("src"))
			.isEqualTo("/media/video-2.webm");
	}

	@Test
	void openingABroadcastCountsALiveViewOnceItHasStarted() {
		long before = views(1);
		Document replay = new WebClient(this.port).page("/live/1");
		assertThat(views(1)).isEqualTo(before + 1);
		assertThat(replay.select("video").attr("data-hls")).isEqualTo("/hls/demo/master.m3u8");
		assertThat(replay.select("script[src*=live-player]")).hasSize(1);
		assertThat(replay.select(".view-count").text()).isEqualTo(String.format("%,d", before + 1));

		long later = this.rows.broadcast("稍后直播", Instant.now().plus(3, ChronoUnit.DAYS),
				Instant.now().plus(3, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS));
		Document upcoming = new WebClient(this.port).page("/live/" + later);
		assertThat(views(later)).isZero();
		assertThat(upcoming.select("video")).isEmpty();
		assertThat(upcoming.select(".notice").text()).contains("开始");
	}

	@Test
	void unknownBroadcastsGiveTheNotFoundPage() {
		assertThat(new WebClient(this.port).get("/live/55555").statusCode()).isEqualTo(404);
		assertThat(new WebClient(this.port).get("/live/now").statusCode()).isEqualTo(400);
	}

	private long views(long id) {
		this.views.flush();
		return this.jdbc.queryForObject("SELECT view_count FROM live_broadcasts WHERE id = ?", Long.class, id);
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
