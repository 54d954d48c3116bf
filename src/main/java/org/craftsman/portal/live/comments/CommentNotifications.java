package org.craftsman.portal.live.comments;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears what the database announces on the channel {@code live_comments} (every comment
 * posted and hidden, whichever node or statement wrote it) on one connection of its own,
 * outside the pool, and hands it to this node's {@link CommentStreams}. A lost connection
 * is opened again after a pause; the streams then catch up on what was announced
 * meanwhile.
 */
@Component
class CommentNotifications implements SmartLifecycle {

	static final String CHANNEL = "live_comments";

	private static final Logger log = LoggerFactory.getLogger(CommentNotifications.class);

	/** How long one wait for notifications lasts; also how soon a stop is noticed. */
	private static final int WAIT_MILLIS = 500;

	/** How often the connection is checked while nothing is announced. */
	private static final Duration CHECK_EVERY = Duration.ofSeconds(20);

	private static final Duration FIRST_RETRY = Duration.ofMillis(500);

	private static final Duration LAST_RETRY = Duration.ofSeconds(10);

	private final DataSource dataSource;

	private final CommentStreams streams;

	private volatile boolean running;

	private volatile boolean listening;

	private volatile Thread thread;

	CommentNotifications(DataSource dataSource, CommentStreams streams) {
		this.dataSource = dataSource;
		this.streams = streams;
	}

	/** Whether the connection is open and listening. */
	boolean listening() {
		return this.listening;
	}

	private void listen() {
		Instant lostAt = null;
		Duration retry = FIRST_RETRY;
		while (active()) {
			try (Connection opened = connect()) {
				try (Statement statement = opened.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				this.listening = true;
				retry = FIRST_RETRY;
				if (lostAt != null) {
					log.info("Listening for live comments again");
					this.streams.catchUp(Duration.between(lostAt, Instant.now()));
					lostAt = null;
				}
				receive(opened.unwrap(PGConnection.class), opened);
			}
			catch (SQLException | RuntimeException ex) {
				if (!active()) {
					break;
				}
				if (lostAt == null) {
					lostAt = Instant.now();
					log.warn("Lost the database connection that listens for live comments; retrying: {}",
							ex.toString());
				}
				pause(retry);
				retry = (retry.compareTo(LAST_RETRY) < 0) ? retry.multipliedBy(2) : LAST_RETRY;
			}
			finally {
				if (this.thread == Thread.currentThread()) {
					this.listening = false;
				}
			}
		}
	}

	private void receive(PGConnection listener, Connection opened) throws SQLException {
		Instant checked = Instant.now();
		while (active()) {
			PGNotification[] notifications = listener.getNotifications(WAIT_MILLIS);
			if (notifications != null && notifications.length > 0) {
				hand(notifications);
				checked = Instant.now();
			}
			else if (Duration.between(checked, Instant.now()).compareTo(CHECK_EVERY) > 0) {
				if (!opened.isValid(5)) {
					throw new SQLException("The listening connection no longer answers");
				}
				checked = Instant.now();
			}
		}
	}

	/**
	 * Whether the calling thread is the one that should listen: after a stop and a start
	 * (a test context paused and resumed), the earlier thread ends.
	 */
	private boolean active() {
		return this.running && this.thread == Thread.currentThread();
	}

	private void hand(PGNotification[] notifications) {
		List<CommentStreams.Announcement> announcements = new ArrayList<>(notifications.length);
		for (PGNotification notification : notifications) {
			CommentStreams.Announcement announcement = CommentStreams.Announcement.parse(notification.getParameter());
			if (announcement != null && CHANNEL.equals(notification.getName())) {
				announcements.add(announcement);
			}
		}
		if (!announcements.isEmpty()) {
			this.streams.announced(announcements);
		}
	}

	/**
	 * A connection of its own, straight from the driver with the pool's settings: it is
	 * held for as long as the node runs.
	 */
	private Connection connect() throws SQLException {
		if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
			Properties settings = new Properties();
			if (pool.getUsername() != null) {
				settings.setProperty("user", pool.getUsername());
			}
			if (pool.getPassword() != null) {
				settings.setProperty("password", pool.getPassword());
			}
			settings.setProperty("ApplicationName", "portal live comments");
			settings.setProperty("tcpKeepAlive", "true");
			Connection opened = new org.postgresql.Driver().connect(pool.getJdbcUrl(), settings);
			if (opened == null) {
				throw new SQLException("Not a PostgreSQL address: " + pool.getJdbcUrl());
			}
			return opened;
		}
		return this.dataSource.getConnection();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		this.running = true;
		Thread listener = new Thread(this::listen, "live-comments-listener");
		listener.setDaemon(true);
		this.thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread listener = this.thread;
		if (listener != null) {
			try {
				listener.join(WAIT_MILLIS * 4L);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
