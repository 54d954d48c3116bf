package org.craftsman.portal.live;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.RestoreCounters;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme's calendar files, read back with ical4j as a visitor's calendar would.
 */
@IntegrationTest
@Import(ConferencePhasesTest.PinnedClock.class)
@ExtendWith(RestoreCounters.class)
class ProgrammeCalendarTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSessionsCalendarEntryHasItsTimesInTheConferenceTimeZoneAndAStableUid() throws Exception {
		HttpResponse<String> response = new WebClient(this.port).get("/live/1.ics");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/calendar").containsIgnoringCase("charset=utf-8"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("attachment").contains("live-1.ics"));
		Calendar calendar = parse(response.body());
		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
		assertThat(value(calendar.getComponents(Component.VTIMEZONE).get(0), Property.TZID)).isEqualTo("Asia/Shanghai");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(value(event, Property.UID)).isEqualTo("live-1@localhost");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20220427T093000");
		assertThat(tzid(event, Property.DTSTART)).isEqualTo("Asia/Shanghai");
		assertThat(value(event, Property.DTEND)).isEqualTo("20220427T113000");
		assertThat(tzid(event, Property.DTEND)).isEqualTo("Asia/Shanghai");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("开幕式暨大国工匠论坛");
		assertThat(value(event, Property.URL)).isEqualTo("http://localhost:8080/live/1");
		assertThat(value(event, Property.DESCRIPTION)).contains("嘉宾").contains("周丽华").contains("李建国");
		assertThat(value(event, Property.CATEGORIES)).contains("开幕式");

		VEvent again = parse(new WebClient(this.port).acceptLanguage("en").get("/live/1.ics").body())
			.<VEvent>getComponents(Component.VEVENT)
			.get(0);
		assertThat(value(again, Property.UID)).isEqualTo("live-1@localhost");
		assertThat(value(again, Property.SUMMARY)).isEqualTo("Opening ceremony and Great Craftsmen Forum");
		assertThat(value(again, Property.DESCRIPTION)).contains("Speakers").contains("Zhou Lihua");
	}

	@Test
	void theWholeProgrammeIsOneCalendarWithEverySessionOnce() throws Exception {
		HttpResponse<String> response = new WebClient(this.port).acceptLanguage("en").get("/live/programme.ics");
		assertThat(response.statusCode()).isEqualTo(200);
		Calendar calendar = parse(response.body());
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		int sessions = this.jdbc.queryForObject("SELECT count(*) FROM live_broadcasts", Integer.class);
		assertThat(events).hasSize(sessions);
		assertThat(events.stream().map((event) -> value(event, Property.UID)).distinct()).hasSize(sessions);
		assertThat(events).allSatisfy((event) -> {
			assertThat(tzid(event, Property.DTSTART)).isEqualTo("Asia/Shanghai");
			assertThat(value(event, Property.URL)).startsWith("http://localhost:8080/live/");
		});
		assertThat(events.stream().map((event) -> value(event, Property.SUMMARY)))
			.contains("Closing ceremony and release of results");
		assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Artisan Cloud Live programme");
	}

	@Test
	void aTitleCannotAddLinesToTheCalendar() throws Exception {
		OwnRows rows = new OwnRows(this.jdbc);
		try {
			long session = rows.broadcast("注入", Instant.now().plus(1, ChronoUnit.DAYS),
					Instant.now().plus(1, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS));
			String hostile = rows.tag() + " 注入\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected;x,y\\";
			this.jdbc.update("UPDATE live_broadcasts SET title = ?, description = ? WHERE id = ?", hostile, hostile,
					session);
			Calendar calendar = parse(new WebClient(this.port).get("/live/" + session + ".ics").body());
			List<VEvent> events = calendar.getComponents(Component.VEVENT);
			assertThat(events).hasSize(1);
			// Line breaks stay in the text as escaped newlines (a carriage return is no
			// text).
			String asText = hostile.replace("\r\n", "\n");
			assertThat(value(events.get(0), Property.SUMMARY)).isEqualTo(asText);
			assertThat(value(events.get(0), Property.DESCRIPTION)).startsWith(asText);
		}
		finally {
			rows.deleteAll();
		}
	}

	@Test
	void thePagesLinkToTheirCalendarsAndUnknownSessionsHaveNone() {
		assertThat(new WebClient(this.port).page("/live").select("a[href=/live/programme.ics]")).hasSize(1);
		assertThat(new WebClient(this.port).get("/live/99999.ics").statusCode()).isEqualTo(404);
		assertThat(new WebClient(this.port).get("/live/x1.ics").statusCode()).isEqualTo(400);
	}

	static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	static String value(Component component, String name) {
		return component.getProperty(name).map(Property::getValue).orElse(null);
	}

	static String value(Calendar calendar, String name) {
		return calendar.getProperty(name).map(Property::getValue).orElse(null);
	}

	static String tzid(Component component, String name) {
		return component.getProperty(name)
			.flatMap((property) -> property.<Parameter>getParameter(Parameter.TZID))
			.map(Parameter::getValue)
			.orElse(null);
	}

}
