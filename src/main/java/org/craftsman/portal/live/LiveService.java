package org.craftsman.portal.live;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.common.web.PageViews;

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

	private final BroadcastViews views;

	LiveService(LiveQueries queries, PortalProperties properties, ObjectProvider<Clock> clock, BroadcastViews views) {
		this.queries = queries;
		this.views = views;
		this.zone = properties.timeZone();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** The whole programme split into today, the days to come and the days past. */
	public Schedule schedule() {
		return schedule(null, null);
	}

	/**
	 * The whole programme split into today, the days to come and the days past, and where
	 * today falls against the conference's first and last day (either may be unknown).
	 */
	public Schedule schedule(LocalDate firstDay, LocalDate lastDay) {
		Instant now = now();
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		List<BroadcastCard> todays = new ArrayList<>();
		List<BroadcastCard> upcoming = new ArrayList<>();
		List<BroadcastCard> past = new ArrayList<>();
		for (BroadcastCard broadcast : this.queries.programme()) {
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
		past.sort(
				Comparator.comparing((BroadcastCard broadcast) -> LocalDate.ofInstant(broadcast.startsAt(), this.zone))
					.reversed()
					.thenComparing(BroadcastCard::startsAt));
		return new Schedule(now, this.zone, today, todays, upcoming, past, firstDay,
				ConferencePhase.of(today, firstDay, lastDay));
	}

	/** The conference's time zone. */
	public ZoneId zone() {
		return this.zone;
	}

	/** The sessions on air now, in order of time. */
	public List<BroadcastCard> onAir() {
		return this.queries.onAirAt(now());
	}

	/** A speaker with their sessions in order of time. */
	public Optional<SpeakerPage> speaker(long id) {
		return this.queries.speaker(id)
			.map((speaker) -> new SpeakerPage(speaker, this.queries.sessionsOf(id), now(), this.zone));
	}

	/** One session as it stands, without counting a view: for its calendar entry. */
	public Optional<BroadcastCard> session(long id) {
		return this.queries.find(id);
	}

	/** The whole programme in order of time, with speakers. */
	public List<BroadcastCard> programme() {
		return this.queries.programme();
	}

	/** A broadcast's views of this moment, the ones not written yet included. */
	public long views(BroadcastCard broadcast) {
		return broadcast.viewCount() + (broadcast.startsAt().isAfter(now()) ? 0 : this.views.pending(broadcast.id()));
	}

	/**
	 * Opens a broadcast, counting a view (once it has started) now and, through the page
	 * cache, at every later view of the same page.
	 */
	public Optional<BroadcastCard> open(long id, HttpServletRequest request) {
		Optional<BroadcastCard> broadcast = this.queries.find(id);
		if (broadcast.isPresent()) {
			this.views.add(id);
			PageViews.countEveryView(request, BroadcastViews.NAME, id);
		}
		return broadcast;
	}

	/**
	 * @param now the moment the schedule was drawn up
	 * @param zone the conference's time zone
	 * @param today the conference's date at that moment
	 * @param todays broadcasts of today, in order of time
	 * @param upcoming broadcasts of later days, in order of time
	 * @param past broadcasts of earlier days, latest day first
	 * @param firstDay the conference's first day, when known
	 * @param phase where today falls against the conference's days
	 */
	public record Schedule(Instant now, ZoneId zone, LocalDate today, List<BroadcastCard> todays,
			List<BroadcastCard> upcoming, List<BroadcastCard> past, LocalDate firstDay, ConferencePhase phase) {

		/**
		 * Whether the conference is over and nothing more is on: the replays are what is
		 * left.
		 */
		public boolean ended() {
			return this.phase == ConferencePhase.AFTER && this.todays.isEmpty() && this.upcoming.isEmpty();
		}

		/** Today's broadcasts on air at this moment. */
		public List<BroadcastCard> onAir() {
			return this.todays.stream()
				.filter((broadcast) -> broadcast.stateAt(this.now) == BroadcastState.ON_AIR)
				.toList();
		}

		/** Whether the conference is still to open. */
		public boolean beforeOpening() {
			return this.phase == ConferencePhase.BEFORE;
		}

		/** Whole days from today to the opening day. */
		public long daysToOpening() {
			return beforeOpening() ? ChronoUnit.DAYS.between(this.today, this.firstDay) : 0;
		}

		/** The broadcasts of the opening day. */
		public List<BroadcastCard> openingDay() {
			return this.upcoming.stream().filter((broadcast) -> dayOf(broadcast).equals(this.firstDay)).toList();
		}

		/** Broadcasts that have ended and whose replay can be watched, latest first. */
		public List<BroadcastCard> replays() {
			return this.past.stream()
				.filter((broadcast) -> broadcast.replayUrl() != null && !broadcast.replayUrl().isBlank())
				.sorted(Comparator.comparing(BroadcastCard::startsAt).reversed())
				.toList();
		}

		/** The conference day a broadcast starts on. */
		public LocalDate dayOf(BroadcastCard broadcast) {
			return LocalDate.ofInstant(broadcast.startsAt(), this.zone);
		}

		/** Broadcasts of the days to come, by day. */
		public Map<LocalDate, List<BroadcastCard>> upcomingByDay() {
			return byDay(this.upcoming);
		}

		/** Broadcasts of the days past, latest day first. */
		public Map<LocalDate, List<BroadcastCard>> pastByDay() {
			return byDay(this.past);
		}

		private Map<LocalDate, List<BroadcastCard>> byDay(List<BroadcastCard> broadcasts) {
			Map<LocalDate, List<BroadcastCard>> days = new LinkedHashMap<>();
			for (BroadcastCard broadcast : broadcasts) {
				days.computeIfAbsent(dayOf(broadcast), (day) -> new ArrayList<>()).add(broadcast);
			}
			return days;
		}

		/** The first broadcast still to begin, today or later. */
		public Optional<BroadcastCard> next() {
			return this.todays.stream()
				.filter((broadcast) -> broadcast.stateAt(this.now) == BroadcastState.UPCOMING)
				.findFirst()
				.or(() -> this.upcoming.stream().findFirst());
		}

		/** The latest replays, for when nothing is on today or to come. */
		public List<BroadcastCard> latestReplays(int limit) {
			return replays().stream().limit(limit).toList();
		}

	}

}
