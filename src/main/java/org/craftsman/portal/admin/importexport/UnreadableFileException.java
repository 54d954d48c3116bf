package org.craftsman.portal.admin.importexport;

/**
 * A file the import cannot read at all, with the label that says why.
 */
class UnreadableFileException extends Exception {

	private final String messageKey;

	private final transient Object[] arguments;

	UnreadableFileException(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
