package org.craftsman.portal.admin.importexport;

import java.time.Instant;
import java.util.UUID;

import org.craftsman.portal.admin.AdminSection;

/**
 * An uploaded file on its way through checking and importing.
 *
 * @param id the job
 * @param kind what the file holds
 * @param fileName the name the file was uploaded with
 * @param createdBy who uploaded it
 * @param createdAt when
 * @param status CHECKING, CHECKED, COMMITTING, COMMITTED or FAILED
 * @param phase what the running step does: CHECKING or SAVING rows
 * @param totalRows rows the running step goes through
 * @param processedRows rows it has gone through
 * @param created rows that add a record
 * @param changed rows that change a record
 * @param unchanged rows equal to their record
 * @param errorRows rows with problems
 * @param errorCount problems in all
 * @param stalled whether a running step stopped reporting (its node went away)
 */
public record ImportJob(UUID id, AdminSection kind, String fileName, String createdBy, Instant createdAt, String status,
		String phase, int totalRows, int processedRows, int created, int changed, int unchanged, int errorRows,
		int errorCount, boolean stalled) {

	public boolean isRunning() {
		return ("CHECKING".equals(this.status) || "COMMITTING".equals(this.status)) && !this.stalled;
	}

	public boolean isCommittable() {
		return "CHECKED".equals(this.status) && this.errorCount == 0 && this.created + this.changed > 0;
	}

	/** The status as shown: a running step that stopped reporting counts as failed. */
	public String getShownStatus() {
		return this.stalled ? "FAILED" : this.status;
	}

}
