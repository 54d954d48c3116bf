package org.craftsman.portal.admin.importexport;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.craftsman.portal.common.PortalNode;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import whose node died (a row naming another node, with a heartbeat older than
 * {@code portal.imports.stale-after}) is taken over by a live node, or failed once it was
 * lost twice, and never left running; a job whose node is alive is left alone. The node's
 * own schedule looks too (every 10 s), so the tests check what happened to the job rather
 * than which call did it.
 */
@IntegrationTest
class ImportTakeoverTest {

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PortalNode node;

	@AfterEach
	void removeJobs() {
		this.jdbc.update("DELETE FROM import_jobs WHERE file_name = 'takeover.csv'");
	}

	@Test
	void aCheckLeftByADeadNodeIsCheckedAgainByAnother() throws Exception {
		UUID id = abandoned("CHECKING", 1, "1 minute");
		// this node's schedule may be first to look: either way this node takes it
		this.jobs.takeOverAbandoned();
		assertThat(awaitEnd(id)).isEqualTo("CHECKED");
		Map<String, Object> row = row(id);
		assertThat(row).containsEntry("node_id", this.node.id()).containsEntry("attempts", 2);
		// the empty file's problem is reported as the check of any other upload would
		assertThat(row.get("error_count")).isEqualTo(1);
		assertThat(this.jobs.find(id).orElseThrow().isRunning()).isFalse();
	}

	@Test
	void anImportLeftByADeadNodeIsRunAgainByAnother() throws Exception {
		UUID id = abandoned("COMMITTING", 1, "40 seconds");
		// this node's schedule may be first to look: either way this node takes it
		this.jobs.takeOverAbandoned();
		assertThat(awaitEnd(id)).isNotIn("CHECKING", "COMMITTING");
		assertThat(row(id)).containsEntry("node_id", this.node.id());
	}

	@Test
	void aJobLostWithItsNodeTwiceIsFailedNotRetried() throws Exception {
		UUID id = abandoned("COMMITTING", ImportJobs.MAX_ATTEMPTS, "5 minutes");
		this.jobs.takeOverAbandoned();
		assertThat(awaitEnd(id)).isEqualTo("FAILED");
		assertThat(this.jobs.find(id).orElseThrow().getShownStatus()).isEqualTo("FAILED");
	}

	@Test
	void aJobWhoseNodeStillSaysItWorksIsLeftAlone() {
		UUID id = abandoned("CHECKING", 1, "5 seconds");
		assertThat(this.jobs.takeOverAbandoned()).doesNotContain(id);
		assertThat(row(id)).containsEntry("status", "CHECKING").containsEntry("node_id", "dead-node");
	}

	@Test
	void anImportWhoseTransactionIsStillOpenIsNotTakenOverEvenWithAnOldHeartbeat() throws Exception {
		UUID id = abandoned("COMMITTING", 1, "5 minutes");
		try (Connection other = this.dataSource.getConnection()) {
			// the other node's import: its transaction holds the job's lock
			other.setAutoCommit(false);
			other.createStatement()
				.execute("SELECT pg_advisory_xact_lock(hashtextextended('import-job:' || '" + id + "', 0))");
			assertThat(this.jobs.takeOverAbandoned()).doesNotContain(id);
			assertThat(row(id)).containsEntry("status", "COMMITTING").containsEntry("node_id", "dead-node");
			other.rollback();
		}
		// this node's schedule may be first to look: either way this node takes it
		this.jobs.takeOverAbandoned();
		assertThat(awaitEnd(id)).isNotIn("CHECKING", "COMMITTING");
	}

	private UUID abandoned(String status, int attempts, String heartbeatAge) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				INSERT INTO import_jobs (id, kind, file_name, content, created_by, status, phase, node_id, heartbeat_at,
				  attempts, committed_by)
				VALUES (?, 'AREAS', 'takeover.csv', ?, 'organizer', ?, 'CHECKING', 'dead-node',
				  now() - ?::interval, ?, 'organizer')""", id, new byte[0], status, heartbeatAge, attempts);
		return id;
	}

	private Map<String, Object> row(UUID id) {
		return this.jdbc.queryForMap("SELECT status, node_id, attempts, error_count FROM import_jobs WHERE id = ?", id);
	}

	/** Waits for a job to stop running, at most the minute the portal promises. */
	private String awaitEnd(UUID id) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		String status = (String) row(id).get("status");
		while (("CHECKING".equals(status) || "COMMITTING".equals(status)) && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
			status = (String) row(id).get("status");
		}
		return status;
	}

}
