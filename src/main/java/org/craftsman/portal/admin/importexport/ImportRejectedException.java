package org.craftsman.portal.admin.importexport;

/**
 * An import that found problems while committing: nothing was written.
 */
public class ImportRejectedException extends RuntimeException {

	private final transient ImportOutcome outcome;

	ImportRejectedException(ImportOutcome outcome) {
		super("The import has errors", null, false, false);
		this.outcome = outcome;
	}

	public ImportOutcome outcome() {
		return this.outcome;
	}

}
