package org.craftsman.portal.admin;

/**
 * A form failed checks that need the database (an unknown related record, a rule across
 * fields); the errors are already in its binding result and the transaction rolls back.
 */
public class FormRejectedException extends RuntimeException {

	public FormRejectedException() {
		super("The form has errors", null, false, false);
	}

}
