package org.craftsman.portal.live;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.common.PublicSite;
import org.craftsman.portal.common.web.Localized;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Programme sessions as iCalendar (RFC 5545) for visitors' calendars: times in the
 * conference's time zone with its VTIMEZONE, a UID that stays the same for a session
 * whatever changes, texts in the visitor's language and the session's absolute address.
 */
@Component
public class ProgrammeCalendar {

	private final ZoneId zone;

	private final PublicSite site;

	private final MessageSource messages;

	private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

	ProgrammeCalendar(PortalProperties properties, PublicSite site, MessageSource messages) {
		this.zone = properties.timeZone();
		this.site = site;
		this.messages = messages;
	}

	/** The calendar's name for one session. */
	public String sessionName(BroadcastCard session, Locale locale) {
		return pick(session.title(), session.titleEn(), locale);
	}

	/** The calendar's name for the whole programme. */
	public String programmeName(Locale locale) {
		return this.messages.getMessage("live.calendar.name", null, locale);
	}

	/** The sessions as one calendar, in the visitor's language. */
	public String of(List<BroadcastCard> sessions, Locale locale, String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(
				"-//Craftsman Innovation Exchange//Live programme//" + (Localized.isEnglish(locale) ? "EN" : "ZH")));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", this.zone.getId()));
		calendar.add(this.registry.getTimeZone(this.zone.getId()).getVTimeZone());
		for (BroadcastCard session : sessions) {
			calendar.add(event(session, locale));
		}
		return calendar.toString();
	}

	private VEvent event(BroadcastCard session, Locale locale) {
		VEvent event = new VEvent();
		// Local times with the zone named: ical4j's own reading of the zone's history
		// would shift them by its daylight saving time of the 1980s.
		event.add(new DtStart<>(inZone(), LocalDateTime.ofInstant(session.startsAt(), this.zone)));
		event.add(new DtEnd<>(inZone(), LocalDateTime.ofInstant(session.endsAt(), this.zone)));
		event.add(new Summary(pick(session.title(), session.titleEn(), locale)));
		event.add(new Uid("live-" + session.id() + "@" + URI.create(this.site.baseUrl()).getHost()));
		event.add(new Url(URI.create(this.site.baseUrl() + "/live/" + session.id())));
		event.add(new Description(description(session, locale)));
		event.add(new Location(location(session, locale)));
		List<String> tags = session.tagsFor(Localized.isEnglish(locale));
		if (!tags.isEmpty()) {
			event.add(new Categories(String.join(",", tags)));
		}
		return event;
	}

	/** A TZID parameter naming the conference's time zone. */
	private ParameterList inZone() {
		return new ParameterList(List.of(new TzId(this.zone.getId())));
	}

	private String description(BroadcastCard session, Locale locale) {
		List<String> lines = new ArrayList<>();
		String text = pick(session.description(), session.descriptionEn(), locale);
		if (text != null && !text.isBlank()) {
			lines.add(text);
		}
		if (!session.speakers().isEmpty()) {
			List<String> speakers = session.speakers()
				.stream()
				.map((speaker) -> pick(speaker.name(), speaker.nameEn(), locale) + " ("
						+ pick(speaker.title(), speaker.titleEn(), locale) + ")")
				.toList();
			lines.add(this.messages.getMessage("live.speakers", null, locale) + ": " + String.join(", ", speakers));
		}
		lines.add(this.messages.getMessage("live.host", null, locale) + ": "
				+ pick(session.host(), session.hostEn(), locale));
		lines.add(this.site.baseUrl() + "/live/" + session.id());
		return String.join("\n", lines);
	}

	private String location(BroadcastCard session, Locale locale) {
		String online = this.messages.getMessage("live.title", null, locale);
		return (session.areaName() != null) ? online + " · " + pick(session.areaName(), session.areaNameEn(), locale)
				: online;
	}

	private static String pick(String chinese, String english, Locale locale) {
		return (Localized.isEnglish(locale) && english != null && !english.isBlank()) ? english : chinese;
	}

}
