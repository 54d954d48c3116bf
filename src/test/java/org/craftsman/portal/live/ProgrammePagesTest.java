package org.craftsman.portal.live;

import java.time.Instant;
import java.time.LocalDateTime;

import org.craftsman.portal.common.web.PageCache;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme by day with what is on air marked, the site-wide "live now" banner, a
 * session's speakers and tags, and a speaker's page, with the clock pinned inside the
 * demo conference.
 */
@IntegrationTest
@Import(ConferencePhasesTest.PinnedClock.class)
@ExtendWith(RestoreCounters.class)
class ProgrammePagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ConferencePhasesTest.MovableClock clock;

	@Autowired
	OnAirNow onAir;

	@Autowired
	PageCache pages;

	@AfterEach
	void backToNow() {
		this.clock.moveTo(null);
		this.onAir.refresh();
	}

	@Test
	void whileTheOpeningIsOnAirTheProgrammeAndEveryPageSaySo() {
		pinAt(LocalDateTime.of(2022, 4, 27, 10, 0));
		Document live = new WebClient(this.port).page("/live");
		assertThat(live.select("#on-air a").attr("href")).isEqualTo("/live/1");
		assertThat(live.select("#on-air").text()).contains("正在直播").contains("开幕式暨大国工匠论坛");
		assertThat(live.select("#today .broadcast-on_air h3").eachText()).containsExactly("开幕式暨大国工匠论坛");
		assertThat(live.select("#today .broadcast-on_air .badge").text()).isEqualTo("直播中");
		assertThat(live.select("#upcoming .day-heading").eachText()).containsExactly("2022年4月28日", "2022年4月29日");

		for (String path : new String[] { "/", "/results", "/areas", "/speakers/3" }) {
			Document page = new WebClient(this.port).page(path);
			assertThat(page.select("#live-now a").first().attr("href")).as(path).isEqualTo("/live/1");
			assertThat(page.select("#live-now").text()).as(path).contains("正在直播").contains("开幕式暨大国工匠论坛");
		}
		Document english = new WebClient(this.port).acceptLanguage("en").page("/areas");
		assertThat(english.select("#live-now").text()).contains("Live now")
			.contains("Opening ceremony and Great Craftsmen Forum");
	}

	@Test
	void keptPagesAreDroppedWhenASessionStartsAndWhenItEnds() throws InterruptedException {
		pinAt(LocalDateTime.of(2022, 4, 27, 9, 0));
		this.pages.setEnabled(true);
		// Let the cache see what earlier tests changed before keeping anything.
		Thread.sleep(600);
		this.pages.clear();
		try {
			assertThat(new WebClient(this.port).page("/areas").select("#live-now")).isEmpty();
			assertThat(this.pages.size()).isEqualTo(1);
			// The same minute: nothing started, the kept page stays.
			pinAt(LocalDateTime.of(2022, 4, 27, 9, 1));
			assertThat(this.pages.size()).isEqualTo(1);
			pinAt(LocalDateTime.of(2022, 4, 27, 9, 30));
			assertThat(new WebClient(this.port).page("/areas").select("#live-now a").attr("href")).isEqualTo("/live/1");
			pinAt(LocalDateTime.of(2022, 4, 27, 11, 30));
			assertThat(new WebClient(this.port).page("/areas").select("#live-now a").attr("href")).isEqualTo("/live/2");
			pinAt(LocalDateTime.of(2022, 4, 27, 13, 0));
			assertThat(new WebClient(this.port).page("/areas").select("#live-now")).isEmpty();
		}
		finally {
			this.pages.setEnabled(false);
			this.pages.clear();
		}
	}

	@Test
	void betweenSessionsNoBannerShows() {
		pinAt(LocalDateTime.of(2022, 4, 27, 12, 30));
		assertThat(new WebClient(this.port).page("/").select("#live-now")).isEmpty();
		Document live = new WebClient(this.port).page("/live");
		assertThat(live.select("#on-air, #today .broadcast-on_air")).isEmpty();
		assertThat(live.select("#today .broadcast-ended")).hasSize(2);
		pinAt(LocalDateTime.of(2022, 5, 10, 10, 0));
		assertThat(new WebClient(this.port).page("/live").select("#live-now, #on-air")).isEmpty();
	}

	@Test
	void aSessionShowsItsSpeakersInProgrammeOrderAndItsTags() {
		Document session = new WebClient(this.port).page("/live/1");
		assertThat(session.select("#speakers-heading").text()).isEqualTo("嘉宾");
		assertThat(session.select(".speaker-card .speaker-name").eachText()).containsExactly("周丽华", "李建国", "王秀英");
		assertThat(session.select(".speaker-card a").first().attr("href")).isEqualTo("/speakers/8");
		assertThat(session.select(".broadcast-page .tag").eachText()).containsExactly("开幕式", "论坛");
		Document english = new WebClient(this.port).acceptLanguage("en").page("/live/1");
		assertThat(english.select(".speaker-card .speaker-name").eachText()).containsExactly("Zhou Lihua", "Li Jianguo",
				"Wang Xiuying");
		assertThat(english.select(".broadcast-page .tag").eachText()).containsExactly("Opening", "Forum");
		Document programme = new WebClient(this.port).page("/live");
		assertThat(programme.select("article.broadcast:has(h3 a[href=/live/1])")
			.select(".broadcast-speakers a")
			.eachText()).containsExactly("周丽华", "李建国", "王秀英");
	}

	@Test
	void aSpeakersPageListsTheirSessionsInOrderOfTime() {
		Document page = new WebClient(this.port).page("/speakers/1");
		assertThat(page.select("h1").text()).isEqualTo("李建国");
		assertThat(page.select(".speaker-title").text()).isEqualTo("大国工匠、焊接高级技师");
		assertThat(page.select("#sessions .broadcast h3").eachText()).containsExactly("开幕式暨大国工匠论坛", "大国工匠对话：智能制造新技能",
				"闭幕式暨成果发布");
		assertThat(page.select("#sessions .broadcast h3 a").first().attr("href")).isEqualTo("/live/1");
		assertThat(page.select("#sessions .day-heading").eachText()).containsExactly("2022年4月27日", "2022年4月29日");
		Document english = new WebClient(this.port).acceptLanguage("en").page("/speakers/1");
		assertThat(english.select("h1").text()).isEqualTo("Li Jianguo");
		assertThat(english.select("#sessions .broadcast h3").first().text())
			.isEqualTo("Opening ceremony and Great Craftsmen Forum");
		assertThat(new WebClient(this.port).get("/speakers/99999").statusCode()).isEqualTo(404);
		assertThat(new WebClient(this.port).get("/speakers/li").statusCode()).isEqualTo(400);
	}

	private void pinAt(LocalDateTime conferenceTime) {
		Instant instant = conferenceTime.atZone(ConferencePhasesTest.CONFERENCE).toInstant();
		this.clock.moveTo(instant);
		this.onAir.refresh();
	}

}
