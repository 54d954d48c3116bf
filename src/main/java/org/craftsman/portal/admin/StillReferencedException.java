package org.craftsman.portal.admin;

import java.util.List;

/**
 * A record cannot be deleted while other records point to it.
 */
public class StillReferencedException extends RuntimeException {

	private final transient List<Reference> references;

	public StillReferencedException(List<Reference> references) {
		super("The record is still referenced", null, false, false);
		this.references = references;
	}

	public List<Reference> getReferences() {
		return this.references;
	}

}
