package org.craftsman.portal.live;

import java.time.LocalDate;

/**
 * Where a day falls against the conference's days: what the live programme leads with.
 */
public enum ConferencePhase {

	/** Before the first day: a countdown and the first day's programme. */
	BEFORE,

	/** On a conference day, or with no conference days published: today's programme. */
	DURING,

	/** After the last day, with nothing more scheduled: the replays. */
	AFTER;

	static ConferencePhase of(LocalDate day, LocalDate firstDay, LocalDate lastDay) {
		if (firstDay != null && day.isBefore(firstDay)) {
			return BEFORE;
		}
		return (lastDay != null && day.isAfter(lastDay)) ? AFTER : DURING;
	}

}
