package org.craftsman.portal.live;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.craftsman.portal.common.web.PageCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What is on air at this moment, for the site-wide "live now" banner that the layout
 * renders on every page. Each node looks once a second; when a session has started or
 * ended since the last look, it drops its kept pages, so that no kept page shows a banner
 * (or a session's state) more than a second late.
 */
@Component("onAirNow")
public class OnAirNow {

	private static final Logger log = LoggerFactory.getLogger(OnAirNow.class);

	private final LiveService live;

	private final PageCache pages;

	private final AtomicReference<List<BroadcastCard>> current = new AtomicReference<>();

	OnAirNow(LiveService live, PageCache pages) {
		this.live = live;
		this.pages = pages;
	}

	/**
	 * The sessions on air as of the last look, in order of time; empty when nothing is
	 * (or before the first look). Never asks the database while a page is rendered.
	 */
	public List<BroadcastCard> sessions() {
		List<BroadcastCard> sessions = this.current.get();
		return (sessions != null) ? sessions : List.of();
	}

	/**
	 * Looks again at what is on air, dropping the kept pages when it changed. Returns
	 * what is on air.
	 */
	@Scheduled(fixedDelayString = "PT1S")
	public List<BroadcastCard> refresh() {
		List<BroadcastCard> now;
		try {
			now = this.live.onAir();
		}
		catch (RuntimeException ex) {
			log.debug("Could not look at what is on air: {}", ex.getMessage());
			List<BroadcastCard> known = this.current.get();
			return (known != null) ? known : List.of();
		}
		List<BroadcastCard> before = this.current.getAndSet(now);
		if (!ids((before != null) ? before : List.of()).equals(ids(now))) {
			this.pages.clear();
		}
		return now;
	}

	/**
	 * What the banner shows of the sessions: not their view counts, which always move.
	 */
	private static List<List<Object>> ids(List<BroadcastCard> sessions) {
		return sessions.stream()
			.map((session) -> java.util.Arrays.<Object>asList(session.id(), session.title(), session.titleEn()))
			.toList();
	}

}
