package org.craftsman.portal.security;

import java.time.Duration;

import org.craftsman.portal.common.ClusterTasks;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions once a minute on one node of those sharing the database
 * (Spring Session's own cleanup, which every node would run, is turned off in
 * {@code application.yml}).
 */
@Component
class SessionCleanup {

	static final String TASK = "expired-session-cleanup";

	private final JdbcIndexedSessionRepository sessions;

	private final ClusterTasks tasks;

	SessionCleanup(JdbcIndexedSessionRepository sessions, ClusterTasks tasks) {
		this.sessions = sessions;
		this.tasks = tasks;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
	void cleanUp() {
		this.tasks.runOnce(TASK, Duration.ofMinutes(1), this.sessions::cleanUpExpiredSessions);
	}

}
