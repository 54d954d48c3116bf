package org.craftsman.portal.live.comments;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.craftsman.portal.common.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The comment streams this node holds open, by broadcast, and what they are sent: the
 * comments and hidings the database announces ({@link CommentNotifications}), how many
 * are watching, and a heartbeat that keeps idle connections open through proxies. The
 * number of streams is bounded per node and per client address. A stream that cannot be
 * written to is dropped. On shutdown every stream is closed first, so that the server's
 * graceful shutdown does not wait for them; browsers reconnect to another node.
 */
@Component
class CommentStreams implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CommentStreams.class);

	/**
	 * How far back a stream that starts or resumes also looks by time: a comment whose
	 * transaction committed a little after a later one's is not lost to a viewer who
	 * reconnected between the two (pages drop what they show already).
	 */
	static final Duration LATE_COMMITS = Duration.ofSeconds(10);

	/** The most comments a starting stream catches up on. */
	static final int CATCH_UP = 200;

	/** How long a browser waits before reconnecting a dropped stream. */
	static final long RECONNECT_MILLIS = 2000;

	private final Map<Long, Set<Viewer>> viewers = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();

	private final AtomicInteger open = new AtomicInteger();

	private final Map<Long, Long> watching = new ConcurrentHashMap<>();

	private final CommentQueries queries;

	private final WatcherCounts counts;

	private final CommentProperties properties;

	private final JsonMapper json;

	private final DateTimeFormatter time;

	private volatile ExecutorService fanOut;

	private volatile ScheduledExecutorService ticks;

	private volatile boolean running;

	CommentStreams(CommentQueries queries, WatcherCounts counts, CommentProperties properties, JsonMapper json,
			PortalProperties portal) {
		this.queries = queries;
		this.counts = counts;
		this.properties = properties;
		this.json = json;
		this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zoneOf(portal));
	}

	private static ZoneId zoneOf(PortalProperties portal) {
		return (portal.timeZone() != null) ? portal.timeZone() : ZoneId.of("Asia/Shanghai");
	}

	/**
	 * Opens a stream of a broadcast's comments after a comment id (and those committed
	 * late, see {@link #LATE_COMMITS}); empty when this node or this address holds as
	 * many streams as it may.
	 */
	Optional<SseEmitter> open(long broadcastId, String address, long after) {
		if (!this.running || !reserve(address)) {
			return Optional.empty();
		}
		SseEmitter emitter = new SseEmitter(this.properties.streamTimeout().toMillis());
		Viewer viewer = new Viewer(broadcastId, address, emitter);
		emitter.onCompletion(() -> close(viewer));
		emitter.onTimeout(() -> {
			close(viewer);
			emitter.complete();
		});
		emitter.onError((error) -> close(viewer));
		// Listening before reading the backlog: nothing posted meanwhile is missed (a
		// comment both read and announced shows once).
		this.viewers.computeIfAbsent(broadcastId, (id) -> ConcurrentHashMap.newKeySet()).add(viewer);
		viewer.send(Event.START);
		for (CommentCard comment : this.queries.since(broadcastId, after, LATE_COMMITS, CATCH_UP)) {
			viewer.send(commentEvent(comment));
		}
		List<Long> hidden = this.queries.hiddenAmongLatest(broadcastId, CATCH_UP);
		if (!hidden.isEmpty()) {
			viewer.send(hideEvent(hidden));
		}
		viewer.send(watchingEvent(this.watching.getOrDefault(broadcastId, 0L) + 1));
		return Optional.of(emitter);
	}

	private boolean reserve(String address) {
		if (this.open.incrementAndGet() > this.properties.maxStreams()) {
			this.open.decrementAndGet();
			return false;
		}
		AtomicInteger mine = this.perAddress.computeIfAbsent(address, (key) -> new AtomicInteger());
		if (mine.incrementAndGet() > this.properties.maxStreamsPerAddress()) {
			mine.decrementAndGet();
			this.open.decrementAndGet();
			return false;
		}
		return true;
	}

	private void close(Viewer viewer) {
		if (!viewer.close()) {
			return;
		}
		Set<Viewer> ofBroadcast = this.viewers.get(viewer.broadcastId);
		if (ofBroadcast != null) {
			ofBroadcast.remove(viewer);
		}
		this.open.decrementAndGet();
		this.perAddress.computeIfPresent(viewer.address, (key, count) -> (count.decrementAndGet() <= 0) ? null : count);
	}

	/** What the database announced, passed on to this node's viewers in order. */
	void announced(List<Announcement> announcements) {
		inOrder(() -> deliver(announcements));
	}

	/** Runs a delivery after the ones before it, while the node runs. */
	private void inOrder(Runnable delivery) {
		ExecutorService deliveries = this.fanOut;
		if (deliveries != null && !deliveries.isShutdown()) {
			deliveries.execute(delivery);
		}
	}

	private void deliver(List<Announcement> announcements) {
		List<Long> posted = new ArrayList<>();
		for (Announcement announcement : announcements) {
			if (!hasViewers(announcement.broadcastId())) {
				continue;
			}
			if (announcement.hidden()) {
				flushPosted(posted);
				send(announcement.broadcastId(), hideEvent(List.of(announcement.commentId())));
			}
			else {
				posted.add(announcement.commentId());
			}
		}
		flushPosted(posted);
	}

	private void flushPosted(List<Long> posted) {
		if (posted.isEmpty()) {
			return;
		}
		try {
			for (CommentCard comment : this.queries.visible(posted)) {
				send(comment.broadcastId(), commentEvent(comment));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not read announced comments {}: {}", posted, ex.toString());
		}
		posted.clear();
	}

	/**
	 * After the database connection that listens was lost: every viewer gets what was
	 * posted or hidden meanwhile (pages drop what they show already).
	 */
	void catchUp(Duration lost) {
		inOrder(() -> {
			for (Long broadcastId : broadcastsWatched()) {
				for (CommentCard comment : this.queries.since(broadcastId, Long.MAX_VALUE, lost.plus(LATE_COMMITS),
						CATCH_UP)) {
					send(broadcastId, commentEvent(comment));
				}
				List<Long> hidden = this.queries.hiddenAmongLatest(broadcastId, CATCH_UP);
				if (!hidden.isEmpty()) {
					send(broadcastId, hideEvent(hidden));
				}
			}
		});
	}

	private boolean hasViewers(long broadcastId) {
		Set<Viewer> ofBroadcast = this.viewers.get(broadcastId);
		return ofBroadcast != null && !ofBroadcast.isEmpty();
	}

	private List<Long> broadcastsWatched() {
		return this.viewers.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.toList();
	}

	private void send(long broadcastId, Event event) {
		Set<Viewer> ofBroadcast = this.viewers.get(broadcastId);
		if (ofBroadcast != null) {
			ofBroadcast.forEach((viewer) -> viewer.send(event));
		}
	}

	/**
	 * A comment's event: its id is the comment's, which a reconnecting browser resumes
	 * after.
	 */
	Event commentEvent(CommentCard comment) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", comment.id());
		data.put("body", comment.body());
		data.put("postedAt", comment.postedAt().toString());
		data.put("time", this.time.format(comment.postedAt()));
		return new Event(Long.toString(comment.id()), "comment", this.json.writeValueAsString(data));
	}

	private Event hideEvent(List<Long> ids) {
		return new Event(null, "hide", this.json.writeValueAsString(Map.of("ids", ids)));
	}

	private Event watchingEvent(long count) {
		return new Event(null, "watching", this.json.writeValueAsString(Map.of("watching", count)));
	}

	/** How many streams this node holds open, by broadcast. */
	Map<Long, Integer> localCounts() {
		Map<Long, Integer> local = new HashMap<>();
		this.viewers.forEach((broadcastId, ofBroadcast) -> {
			if (!ofBroadcast.isEmpty()) {
				local.put(broadcastId, ofBroadcast.size());
			}
		});
		return local;
	}

	/** The number watching a broadcast now, on every node, as last counted. */
	long watching(long broadcastId) {
		Long counted = this.watching.get(broadcastId);
		return (counted != null) ? counted : this.counts.watching(broadcastId);
	}

	/** Writes this node's counts, reads everyone's, and tells the viewers. */
	void countWatchers() {
		try {
			Map<Long, Integer> local = localCounts();
			this.counts.write(local);
			Map<Long, Long> totals = this.counts.watchingAll();
			this.watching.keySet().retainAll(totals.keySet());
			this.watching.putAll(totals);
			for (Long broadcastId : local.keySet()) {
				send(broadcastId, watchingEvent(totals.getOrDefault(broadcastId, (long) local.get(broadcastId))));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not count the viewers: {}", ex.toString());
		}
	}

	private void heartbeat() {
		this.viewers.values().forEach((ofBroadcast) -> ofBroadcast.forEach((viewer) -> viewer.send(Event.HEARTBEAT)));
	}

	@Override
	public void start() {
		this.fanOut = Executors.newSingleThreadExecutor(daemon("live-comments-fan-out"));
		this.ticks = Executors.newSingleThreadScheduledExecutor(daemon("live-comments-ticks"));
		this.running = true;
		long watchers = this.properties.watchersInterval().toMillis();
		this.ticks.scheduleWithFixedDelay(this::countWatchers, watchers, watchers, TimeUnit.MILLISECONDS);
		long heartbeat = this.properties.heartbeat().toMillis();
		this.ticks.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.ticks != null) {
			this.ticks.shutdownNow();
		}
		if (this.fanOut != null) {
			this.fanOut.shutdownNow();
		}
		this.viewers.values().forEach((ofBroadcast) -> ofBroadcast.forEach((viewer) -> viewer.emitter.complete()));
		this.viewers.clear();
		try {
			this.counts.write(Map.of());
		}
		catch (RuntimeException ex) {
			log.debug("Could not remove this node's viewer counts: {}", ex.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops before the web server's graceful shutdown, which would wait for the streams.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

	private static ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/** One open stream. */
	private final class Viewer {

		private final long broadcastId;

		private final String address;

		private final SseEmitter emitter;

		private final AtomicBoolean closed = new AtomicBoolean();

		Viewer(long broadcastId, String address, SseEmitter emitter) {
			this.broadcastId = broadcastId;
			this.address = address;
			this.emitter = emitter;
		}

		void send(Event event) {
			if (this.closed.get()) {
				return;
			}
			try {
				this.emitter.send(event.builder());
			}
			catch (IOException | IllegalStateException ex) {
				CommentStreams.this.close(this);
				this.emitter.completeWithError(ex);
			}
		}

		/** Marks the stream closed; false when it was already. */
		boolean close() {
			return this.closed.compareAndSet(false, true);
		}

	}

	/**
	 * One event as every viewer gets it; each send builds its own frame (a built frame
	 * cannot be sent twice).
	 *
	 * @param id the event's id, or null for none (the browser then keeps the last one)
	 * @param name the event's name, or null for a comment line
	 * @param data its data, or the comment line's text
	 */
	record Event(String id, String name, String data) {

		/** Opens a stream: how soon a dropped stream reconnects. */
		static final Event START = new Event(null, null, "comments");

		static final Event HEARTBEAT = new Event(null, null, "heartbeat");

		SseEmitter.SseEventBuilder builder() {
			SseEmitter.SseEventBuilder builder = SseEmitter.event();
			if (this.name == null) {
				return (this == START) ? builder.reconnectTime(RECONNECT_MILLIS).comment(this.data)
						: builder.comment(this.data);
			}
			if (this.id != null) {
				builder.id(this.id);
			}
			return builder.name(this.name).data(this.data);
		}

	}

	/**
	 * A comment posted or hidden, as the database announced it.
	 *
	 * @param broadcastId the broadcast it is about
	 * @param commentId the comment
	 * @param hidden whether it was hidden (else posted or shown again)
	 */
	record Announcement(long broadcastId, long commentId, boolean hidden) {

		/** The announcement of a notification's text, or null when it is not one. */
		static Announcement parse(String payload) {
			String[] parts = (payload != null) ? payload.split(" ") : new String[0];
			if (parts.length != 3 || !parts[1].matches("\\d{1,18}") || !parts[2].matches("\\d{1,18}")) {
				return null;
			}
			return switch (parts[0]) {
				case "new" -> new Announcement(Long.parseLong(parts[1]), Long.parseLong(parts[2]), false);
				case "hide" -> new Announcement(Long.parseLong(parts[1]), Long.parseLong(parts[2]), true);
				default -> null;
			};
		}

	}

}
