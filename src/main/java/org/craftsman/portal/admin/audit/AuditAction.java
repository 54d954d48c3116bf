package org.craftsman.portal.admin.audit;

public enum AuditAction {

	CREATE, UPDATE, DELETE, IMPORT

}
