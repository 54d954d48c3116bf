package org.craftsman.portal.live;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A speaker's page: who they are and the sessions they speak in.
 *
 * @param speaker the speaker
 * @param sessions their sessions in order of time
 * @param now the moment the page was drawn up, for each session's state
 * @param zone the conference's time zone, for the sessions' days
 */
public record SpeakerPage(SpeakerCard speaker, List<BroadcastCard> sessions, Instant now, ZoneId zone) {

	/** The sessions by conference day, in order of time. */
	public Map<LocalDate, List<BroadcastCard>> sessionsByDay() {
		Map<LocalDate, List<BroadcastCard>> days = new LinkedHashMap<>();
		for (BroadcastCard session : this.sessions) {
			days.computeIfAbsent(LocalDate.ofInstant(session.startsAt(), this.zone), (day) -> new ArrayList<>())
				.add(session);
		}
		return days;
	}

}
