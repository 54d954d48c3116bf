package org.craftsman.portal.admin.importexport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminSections;
import org.craftsman.portal.common.PortalNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background so that thousands of rows never hold up a page: an
 * upload is stored, checked on a worker thread, and imported on request, while the job's
 * row in the database says how far it has come. Any node can show any job.
 * <p>
 * A job runs on one node, which says so every {@code portal.imports.heartbeat-interval}
 * ({@code heartbeat_at}). A running job whose node has not said so for
 * {@code portal.imports.stale-after} (its node died or lost the database) is taken over
 * by another node: a check is simply run again; an import too, since it commits in one
 * transaction together with its COMMITTED status, so a job still COMMITTING imported
 * nothing; that transaction holds an advisory lock on the job, which tells whether it
 * still runs somewhere. A job lost twice is marked FAILED: it may be the file that stops
 * its nodes.
 */
@Component
public class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final long PROGRESS_INTERVAL_MS = 250;

	/** How many nodes may work on a job before it counts as failed. */
	static final int MAX_ATTEMPTS = 2;

	/** The advisory lock an import's transaction holds on its job. */
	private static final String JOB_LOCK = "hashtextextended('import-job:' || ?::text, 0)";

	private static final String COLUMNS = """
			id, kind, file_name, created_by, created_at, status, phase, total_rows, processed_rows,
			created_count, changed_count, unchanged_count, error_rows, error_count,
			(status IN ('CHECKING', 'COMMITTING') AND heartbeat_at < now() - interval '2 minutes') AS stalled""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	private final TransactionTemplate together;

	private final ImportService imports;

	private final ExecutorService workers;

	private final AdminSections sections;

	private final String node;

	private final Duration staleAfter;

	/** The jobs this node works on now. */
	private final Set<UUID> running = ConcurrentHashMap.newKeySet();

	ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, ImportService imports,
			AdminSections sections, PortalNode node, @Value("${portal.imports.stale-after:30s}") Duration staleAfter) {
		this.jdbc = jdbc;
		this.sections = sections;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.together = new TransactionTemplate(transactions);
		this.imports = imports;
		this.node = node.id();
		this.staleAfter = staleAfter;
		AtomicInteger threads = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "import-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Stores an upload and starts checking it; returns the job's id. */
	public UUID start(AdminSection kind, String fileName, byte[] content, String actor) {
		UUID id = UUID.randomUUID();
		this.separately.executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM import_jobs WHERE created_at < now() - interval '7 days'");
			this.jdbc.update("""
					INSERT INTO import_jobs (id, kind, file_name, content, created_by, status, phase, node_id)
					VALUES (?, ?, ?, ?, ?, 'CHECKING', 'CHECKING', ?)""", id, kind.slug().toUpperCase(Locale.ROOT),
					fileName, content, actor, this.node);
		});
		run(id, () -> check(id));
		return id;
	}

	/**
	 * Starts importing a checked job without problems; false when it is not in that
	 * state.
	 */
	public boolean commit(UUID id, String actor) {
		Integer claimed = this.separately.execute((status) -> this.jdbc
			.update("""
					UPDATE import_jobs SET status = 'COMMITTING', phase = 'CHECKING', processed_rows = 0, updated_at = now(),
					  node_id = ?, heartbeat_at = now(), attempts = 1, committed_by = ?
					WHERE id = ? AND status = 'CHECKED' AND error_count = 0 AND created_count + changed_count > 0""",
					this.node, actor, id));
		if (claimed == null || claimed != 1) {
			return false;
		}
		run(id, () -> commitNow(id, actor));
		return true;
	}

	public Optional<ImportJob> find(UUID id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM import_jobs WHERE id = ?", this::job, id)
			.stream()
			.findFirst();
	}

	public List<ImportJob> recent(int limit) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM import_jobs ORDER BY created_at DESC LIMIT ?", this::job,
				limit);
	}

	public List<ImportError> errors(UUID id, int offset, int limit) {
		return this.jdbc.query("""
				SELECT row_number, column_name, message_zh, message_en FROM import_job_errors
				WHERE job_id = ? ORDER BY seq LIMIT ? OFFSET ?""",
				(row, n) -> new ImportError(row.getInt(1), row.getString(2), row.getString(3), row.getString(4)), id,
				limit, offset);
	}

	/** Says that this node still works on its running jobs. */
	@Scheduled(fixedDelayString = "${portal.imports.heartbeat-interval:5s}")
	public void heartbeat() {
		if (this.running.isEmpty()) {
			return;
		}
		try {
			this.jdbc.update("UPDATE import_jobs SET heartbeat_at = now() WHERE node_id = ? AND id = ANY (?)",
					this.node, this.running.toArray(UUID[]::new));
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell that this node still works on its imports: {}", ex.getMessage());
		}
	}

	/**
	 * Takes over, or fails, the running jobs whose node stopped saying it works on them.
	 * Nodes may look at the same time: a job is claimed under its row lock, and the claim
	 * renews its heartbeat, so one node wins.
	 * @return the jobs this node took over or failed
	 */
	@Scheduled(initialDelayString = "${portal.imports.heartbeat-interval:5s}",
			fixedDelayString = "${portal.imports.takeover-interval:10s}")
	public List<UUID> takeOverAbandoned() {
		List<Claimed> claimed;
		try {
			claimed = this.separately.execute((status) -> claimAbandoned());
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for imports left by stopped nodes: {}", ex.getMessage());
			return List.of();
		}
		for (Claimed job : claimed) {
			if (job.failed()) {
				log.warn("Import {} was lost with its node {} times; it is marked failed", job.id(), MAX_ATTEMPTS);
			}
			else if ("CHECKING".equals(job.status())) {
				log.warn("Import {} was being checked by a node that stopped; this node checks it again", job.id());
				run(job.id(), () -> check(job.id()));
			}
			else {
				log.warn("Import {} was being imported by a node that stopped; this node imports it again", job.id());
				run(job.id(), () -> commitNow(job.id(), job.committedBy()));
			}
		}
		return claimed.stream().map(Claimed::id).toList();
	}

	private List<Claimed> claimAbandoned() {
		List<Claimed> candidates = this.jdbc.query("""
				SELECT id, status, attempts, coalesce(committed_by, created_by) FROM import_jobs
				WHERE status IN ('CHECKING', 'COMMITTING') AND heartbeat_at < now() - ? * interval '1 millisecond'
				ORDER BY heartbeat_at LIMIT 10 FOR UPDATE SKIP LOCKED""",
				(row, n) -> new Claimed(row.getObject(1, UUID.class), row.getString(2), row.getInt(3) >= MAX_ATTEMPTS,
						row.getString(4)),
				this.staleAfter.toMillis());
		List<Claimed> claimed = new ArrayList<>();
		for (Claimed job : candidates) {
			if ("COMMITTING".equals(job.status()) && !Boolean.TRUE.equals(this.jdbc
				.queryForObject("SELECT pg_try_advisory_xact_lock(" + JOB_LOCK + ")", Boolean.class, job.id()))) {
				// its import's transaction is still open: its node is alive, only slow to
				// say so
				continue;
			}
			if (job.failed()) {
				this.jdbc.update(
						"UPDATE import_jobs SET status = 'FAILED', node_id = ?, updated_at = now() WHERE id = ?",
						this.node, job.id());
			}
			else {
				this.jdbc.update("""
						UPDATE import_jobs SET node_id = ?, heartbeat_at = now(), attempts = attempts + 1,
						  processed_rows = 0, updated_at = now()
						WHERE id = ?""", this.node, job.id());
			}
			claimed.add(job);
		}
		return claimed;
	}

	/** Runs a job's step on a worker, saying meanwhile that this node works on it. */
	private void run(UUID id, Runnable step) {
		this.running.add(id);
		try {
			this.workers.execute(() -> {
				try {
					step.run();
				}
				finally {
					this.running.remove(id);
				}
			});
		}
		catch (RuntimeException ex) {
			this.running.remove(id);
			throw ex;
		}
	}

	private void check(UUID id) {
		try {
			Stored stored = stored(id);
			ImportOutcome outcome;
			try {
				Sheet sheet = SheetReader.read(stored.content());
				outcome = this.imports.check(stored.kind(), sheet, progress(id));
			}
			catch (UnreadableFileException ex) {
				outcome = unreadable(ex);
			}
			finish(id, "CHECKED", outcome);
		}
		catch (RuntimeException ex) {
			fail(id, ex);
		}
	}

	private void commitNow(UUID id, String actor) {
		try {
			Stored stored = stored(id);
			try {
				Sheet sheet = SheetReader.read(stored.content());
				// the import and its COMMITTED status commit together, or neither does
				this.together.executeWithoutResult((tx) -> {
					this.jdbc.query("SELECT pg_advisory_xact_lock(" + JOB_LOCK + ")", (row, n) -> 1, id);
					ImportOutcome outcome = this.imports.commit(stored.kind(), sheet, actor, stored.fileName(),
							progress(id));
					if (record(id, "COMMITTED", outcome) != 1) {
						throw new IllegalStateException("Import " + id + " was taken over by another node");
					}
				});
			}
			catch (UnreadableFileException ex) {
				finish(id, "CHECKED", unreadable(ex));
			}
			catch (ImportRejectedException ex) {
				finish(id, "CHECKED", ex.outcome());
			}
		}
		catch (RuntimeException ex) {
			fail(id, ex);
		}
	}

	private ImportOutcome unreadable(UnreadableFileException ex) {
		return new ImportOutcome(0, 0, 0, 0, 1, List.of(this.imports.fileError(ex)));
	}

	private ImportProgress progress(UUID id) {
		long[] last = { 0 };
		return (phase, done, total) -> {
			long now = System.currentTimeMillis();
			if (now - last[0] >= PROGRESS_INTERVAL_MS || done == total) {
				last[0] = now;
				this.separately.executeWithoutResult((status) -> this.jdbc.update(
						"UPDATE import_jobs SET phase = ?, processed_rows = ?, total_rows = ?, updated_at = now() WHERE id = ?",
						phase.name(), done, total, id));
			}
		};
	}

	private void finish(UUID id, String status, ImportOutcome outcome) {
		this.separately.executeWithoutResult((tx) -> record(id, status, outcome));
	}

	/**
	 * Writes a step's outcome, unless another node has taken the job over meanwhile.
	 * @return 1 when written, 0 when the job is no longer this node's
	 */
	private int record(UUID id, String status, ImportOutcome outcome) {
		int updated = this.jdbc.update("""
				UPDATE import_jobs SET status = ?, total_rows = ?, processed_rows = ?, created_count = ?,
				  changed_count = ?, unchanged_count = ?, error_rows = ?, error_count = ?, updated_at = now()
				WHERE id = ? AND status IN ('CHECKING', 'COMMITTING') AND node_id IS NOT DISTINCT FROM ?""", status,
				outcome.rows(), outcome.rows(), outcome.created(), outcome.changed(), outcome.unchanged(),
				outcome.errorRows(), outcome.errors().size(), id, this.node);
		if (updated != 1) {
			return updated;
		}
		this.jdbc.update("DELETE FROM import_job_errors WHERE job_id = ?", id);
		List<Object[]> rows = new ArrayList<>();
		List<ImportError> errors = outcome.errors();
		for (int seq = 0; seq < errors.size(); seq++) {
			ImportError error = errors.get(seq);
			rows.add(new Object[] { id, seq, error.row(), truncate(error.column(), 100),
					truncate(error.messageZh(), 2000), truncate(error.messageEn(), 2000) });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO import_job_errors (job_id, seq, row_number, column_name, message_zh, message_en)
				VALUES (?, ?, ?, ?, ?, ?)""", rows);
		return updated;
	}

	private void fail(UUID id, RuntimeException ex) {
		log.error("Import {} failed", id, ex);
		this.separately.executeWithoutResult((status) -> this.jdbc.update("""
				UPDATE import_jobs SET status = 'FAILED', updated_at = now()
				WHERE id = ? AND status IN ('CHECKING', 'COMMITTING') AND node_id IS NOT DISTINCT FROM ?""", id,
				this.node));
	}

	private Stored stored(UUID id) {
		return this.jdbc.queryForObject("SELECT kind, file_name, content FROM import_jobs WHERE id = ?",
				(row, n) -> new Stored(kind(row.getString(1)), row.getString(2), row.getBytes(3)), id);
	}

	private static String truncate(String text, int length) {
		return (text.length() > length) ? text.substring(0, length - 1) + "…" : text;
	}

	/** The section a job's stored kind names: its spreadsheet name in capitals. */
	private AdminSection kind(String stored) {
		return this.sections.bySlug(stored.toLowerCase(Locale.ROOT));
	}

	private ImportJob job(ResultSet row, int n) throws SQLException {
		return new ImportJob(row.getObject("id", UUID.class), kind(row.getString("kind")), row.getString("file_name"),
				row.getString("created_by"), row.getTimestamp("created_at").toInstant(), row.getString("status"),
				row.getString("phase"), row.getInt("total_rows"), row.getInt("processed_rows"),
				row.getInt("created_count"), row.getInt("changed_count"), row.getInt("unchanged_count"),
				row.getInt("error_rows"), row.getInt("error_count"), row.getBoolean("stalled"));
	}

	@Override
	public void destroy() throws InterruptedException {
		this.workers.shutdown();
		this.workers.awaitTermination(20, TimeUnit.SECONDS);
	}

	private record Stored(AdminSection kind, String fileName, byte[] content) {

	}

	private record Claimed(UUID id, String status, boolean failed, String committedBy) {

	}

}
