package org.craftsman.portal.admin.importexport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminSections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background so that thousands of rows never hold up a page: an
 * upload is stored, checked on a worker thread, and imported on request, while the job's
 * row in the database says how far it has come. Any node can show any job.
 */
@Component
public class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final long PROGRESS_INTERVAL_MS = 250;

	private static final String COLUMNS = """
			id, kind, file_name, created_by, created_at, status, phase, total_rows, processed_rows,
			created_count, changed_count, unchanged_count, error_rows, error_count,
			(status IN ('CHECKING', 'COMMITTING') AND updated_at < now() - interval '10 minutes') AS stalled""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	private final ImportService imports;

	private final ExecutorService workers;

	private final AdminSections sections;

	ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, ImportService imports,
			AdminSections sections) {
		this.jdbc = jdbc;
		this.sections = sections;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.imports = imports;
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
					INSERT INTO import_jobs (id, kind, file_name, content, created_by, status, phase)
					VALUES (?, ?, ?, ?, ?, 'CHECKING', 'CHECKING')""", id, kind.slug().toUpperCase(Locale.ROOT),
					fileName, content, actor);
		});
		this.workers.execute(() -> check(id));
		return id;
	}

	/**
	 * Starts importing a checked job without problems; false when it is not in that
	 * state.
	 */
	public boolean commit(UUID id, String actor) {
		Integer claimed = this.separately.execute((status) -> this.jdbc.update("""
				UPDATE import_jobs SET status = 'COMMITTING', phase = 'CHECKING', processed_rows = 0, updated_at = now()
				WHERE id = ? AND status = 'CHECKED' AND error_count = 0 AND created_count + changed_count > 0""", id));
		if (claimed == null || claimed != 1) {
			return false;
		}
		this.workers.execute(() -> commitNow(id, actor));
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
			ImportOutcome outcome;
			String status = "COMMITTED";
			try {
				Sheet sheet = SheetReader.read(stored.content());
				outcome = this.imports.commit(stored.kind(), sheet, actor, stored.fileName(), progress(id));
			}
			catch (UnreadableFileException ex) {
				outcome = unreadable(ex);
				status = "CHECKED";
			}
			catch (ImportRejectedException ex) {
				outcome = ex.outcome();
				status = "CHECKED";
			}
			finish(id, status, outcome);
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
		this.separately.executeWithoutResult((tx) -> {
			this.jdbc.update("""
					UPDATE import_jobs SET status = ?, total_rows = ?, processed_rows = ?, created_count = ?,
					  changed_count = ?, unchanged_count = ?, error_rows = ?, error_count = ?, updated_at = now()
					WHERE id = ?""", status, outcome.rows(), outcome.rows(), outcome.created(), outcome.changed(),
					outcome.unchanged(), outcome.errorRows(), outcome.errors().size(), id);
			this.jdbc.update("DELETE FROM import_job_errors WHERE job_id = ?", id);
			List<Object[]> rows = new java.util.ArrayList<>();
			List<ImportError> errors = outcome.errors();
			for (int seq = 0; seq < errors.size(); seq++) {
				ImportError error = errors.get(seq);
				rows.add(new Object[] { id, seq, error.row(), truncate(error.column(), 100),
						truncate(error.messageZh(), 2000), truncate(error.messageEn(), 2000) });
			}
			this.jdbc.batchUpdate("""
					INSERT INTO import_job_errors (job_id, seq, row_number, column_name, message_zh, message_en)
					VALUES (?, ?, ?, ?, ?, ?)""", rows);
		});
	}

	private void fail(UUID id, RuntimeException ex) {
		log.error("Import {} failed", id, ex);
		this.separately.executeWithoutResult((status) -> this.jdbc
			.update("UPDATE import_jobs SET status = 'FAILED', updated_at = now() WHERE id = ?", id));
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

}
