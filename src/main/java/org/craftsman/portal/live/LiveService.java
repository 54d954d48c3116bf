package org.craftsman.portal.live;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.craftsman.portal.common.PortalProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The live programme as of now, in the conference's time zone: what is on today, what
 * comes next, and the replays of what has been.
 */
@Service
public class LiveService {

	private final LiveQueries queries;

	private final ZoneId zone;

	private final Clock clock;

	LiveService(LiveQueries queries, PortalProperties properties, ObjectProvider<Clock> clock) {
		this.queries = queries;
		this.zone = properties.timeZone();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** The whole programme split into today, the days to come and the days past. */
	public Schedule schedule() {
		Instant now = now();
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		List<Broadcast> todays = new ArrayList<>();
		List<Broadcast> upcoming = new ArrayList<>();
		List<Broadcast> past = new ArrayList<>();
		for (Broadcast broadcast : this.queries.programme()) {
			LocalDate day = LocalDate.ofInstant(broadcast.startsAt(), this.zone);
			if (day.equals(today)) {
				todays.add(broadcast);
			}
			else if (day.isAfter(today)) {
				upcoming.add(broadcast);
			}
			else {
				past.add(broadcast);
			}
		}
		// Latest day first; within a day, in the order they were on air.
		past.sort(Comparator.comparing((Broadcast broadcast) -> LocalDate.ofInstant(broadcast.startsAt(), this.zone))
			.reversed()
			.thenComparing(Broadcast::startsAt));
		return new Schedule(now, this.zone, today, todays, upcoming, past);
	}

	/** Opens a broadcast, counting a view once it has started. */
	public Optional<Broadcast> open(long id) {
		this.queries.recordView(id, now());
		return this.queries.find(id);
	}

	/**
	 * @param now the moment the schedule was drawn up
	 * @param zone the conference's time zone
	 * @param today the conference's date at that moment
	 * @param todays broadcasts of today, in order of time
	 * @param upcoming broadcasts of later days, in order of time
	 * @param past broadcasts of earlier days, latest day first
	 */
	public record Schedule(Instant now, ZoneId zone, LocalDate today, List<Broadcast> todays, List<Broadcast> upcoming,
			List<Broadcast> past) {

		/** The conference day a broadcast starts on. */
		public LocalDate dayOf(Broadcast broadcast) {
			return LocalDate.ofInstant(broadcast.startsAt(), this.zone);
		}

		/** Broadcasts of the days to come, by day. */
		public Map<LocalDate, List<Broadcast>> upcomingByDay() {
			return byDay(this.upcoming);
		}

		/** Broadcasts of the days past, latest day first. */
		public Map<LocalDate, List<Broadcast>> pastByDay() {
			return byDay(this.past);
		}

		private Map<LocalDate, List<Broadcast>> byDay(List<Broadcast> broadcasts) {
			Map<LocalDate, List<Broadcast>> days = new LinkedHashMap<>();
			for (Broadcast broadcast : broadcasts) {
				days.computeIfAbsent(dayOf(broadcast), (day) -> new ArrayList<>()).add(broadcast);
			}
			return days;
		}

		/** The first broadcast still to begin, today or later. */
		public Optional<Broadcast> next() {
			return this.todays.stream()
				.filter((broadcast) -> broadcast.stateAt(this.now) == BroadcastState.UPCOMING)
				.findFirst()
				.or(() -> this.upcoming.stream().findFirst());
		}

		/** The latest replays, for when nothing is on today or to come. */
		public List<Broadcast> latestReplays(int limit) {
			return this.past.stream()
				.sorted(Comparator.comparing(Broadcast::startsAt).reversed())
				.limit(limit)
				.toList();
		}

	}

}
