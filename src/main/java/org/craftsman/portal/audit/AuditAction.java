package org.craftsman.portal.audit;

public enum AuditAction {

	CREATE, UPDATE, DELETE, IMPORT

}
