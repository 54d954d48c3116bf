package org.craftsman.portal.admin.importexport;

/**
 * Told after each row, so that a long import can show how far it is.
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (phase, done, total) -> {
	};

	void update(Phase phase, int done, int total);

	enum Phase {

		CHECKING, SAVING

	}

}
