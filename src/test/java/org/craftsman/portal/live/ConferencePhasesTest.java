package org.craftsman.portal.live;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page and the live programme with the clock pinned before, during and after the
 * demo conference (27 to 29 April 2022, Shenzhen time).
 */
@IntegrationTest
@Import(ConferencePhasesTest.PinnedClock.class)
@ExtendWith(RestoreCounters.class)
class ConferencePhasesTest {

	static final ZoneId CONFERENCE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void backToNow() {
		this.clock.moveTo(null);
	}

	@Test
	void afterTheConferenceHomeAndLiveSayItHasEndedAndLeadToTheReplays() {
		this.clock.moveTo(at(LocalDate.of(2022, 5, 10), 10));
		Document home = new WebClient(this.port).page("/");
		assertThat(home.select("#live-ended h3").text()).isEqualTo("本届大会已闭幕");
		assertThat(home.select("#live-ended a").attr("href")).isEqualTo("/live#past");
		assertThat(home.select("#live-replays .broadcast")).hasSize(3);
		assertThat(home.select("#live-today, #live-next, .live-band .empty-note")).isEmpty();

		Document live = new WebClient(this.port).page("/live");
		assertThat(live.select("#ended h2").text()).isEqualTo("本届大会已闭幕");
		assertThat(live.select("#ended a").attr("href")).isEqualTo("#past");
		assertThat(live.select("#today, #upcoming")).isEmpty();
		assertThat(live.select("#past .broadcast")).hasSize(12);

		Document english = new WebClient(this.port).acceptLanguage("en").page("/live");
		assertThat(english.select("#ended h2").text()).isEqualTo("The conference has ended");
		assertThat(new WebClient(this.port).acceptLanguage("en").page("/").select("#live-ended h3").text())
			.isEqualTo("The conference has ended");
	}

	@Test
	void beforeTheConferenceHomeAndLiveCountDownToTheFirstDay() {
		this.clock.moveTo(at(LocalDate.of(2022, 4, 20), 10));
		Document home = new WebClient(this.port).page("/");
		assertThat(home.select("#live-countdown h3").text()).isEqualTo("距大会开幕还有 7 天");
		assertThat(home.select("#live-countdown").text()).contains("2022年4月27日");
		assertThat(home.select("#live-opening .broadcast")).hasSize(broadcastsOn(LocalDate.of(2022, 4, 27)))
			.isNotEmpty();
		assertThat(home.select("#live-today, #live-ended")).isEmpty();

		Document live = new WebClient(this.port).page("/live");
		assertThat(live.select("#countdown h2").text()).isEqualTo("距大会开幕还有 7 天");
		assertThat(live.select("#today, #ended")).isEmpty();
		assertThat(live.select("#upcoming .broadcast")).hasSize(12);
		assertThat(new WebClient(this.port).acceptLanguage("en").page("/live").select("#countdown h2").text())
			.isEqualTo("7 days to the opening");
	}

	@Test
	void duringTheConferenceHomeAndLiveShowTodaysProgramme() {
		LocalDate secondDay = LocalDate.of(2022, 4, 28);
		this.clock.moveTo(at(secondDay, 9));
		int todays = broadcastsOn(secondDay);
		Document home = new WebClient(this.port).page("/");
		assertThat(home.select("#live-today .broadcast")).hasSize(todays).isNotEmpty();
		assertThat(home.select("#live-next")).hasSize(1);
		assertThat(home.select("#live-ended, #live-countdown")).isEmpty();

		Document live = new WebClient(this.port).page("/live");
		assertThat(live.select("#today .broadcast")).hasSize(todays);
		assertThat(live.select("#upcoming .broadcast")).hasSize(broadcastsOn(LocalDate.of(2022, 4, 29)));
		assertThat(live.select("#past .broadcast")).hasSize(broadcastsOn(LocalDate.of(2022, 4, 27)));
		assertThat(live.select("#ended, #countdown")).isEmpty();
	}

	private int broadcastsOn(LocalDate day) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM live_broadcasts WHERE (starts_at AT TIME ZONE 'Asia/Shanghai')::date = ?",
				Integer.class, day);
	}

	private static Instant at(LocalDate day, int hour) {
		return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(CONFERENCE).toInstant();
	}

	/** A clock the test moves; unset, it is the system's. */
	static class MovableClock extends Clock {

		private final AtomicReference<Instant> pinned = new AtomicReference<>();

		void moveTo(Instant instant) {
			this.pinned.set(instant);
		}

		@Override
		public Instant instant() {
			Instant instant = this.pinned.get();
			return (instant != null) ? instant : Instant.now();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(instant(), zone);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class PinnedClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
