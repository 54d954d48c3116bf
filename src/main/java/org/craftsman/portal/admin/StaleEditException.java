package org.craftsman.portal.admin;

import java.time.Instant;

/**
 * Someone else saved the record after the organizer opened it: the save is refused and
 * the organizer is shown what the record holds now.
 */
public class StaleEditException extends RuntimeException {

	private final transient AdminForm current;

	private final String changedBy;

	private final Instant changedAt;

	public StaleEditException(AdminForm current, String changedBy, Instant changedAt) {
		super("The record changed since it was opened");
		this.current = current;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	/** The record as it is now, or null when it has been deleted meanwhile. */
	public AdminForm getCurrent() {
		return this.current;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
