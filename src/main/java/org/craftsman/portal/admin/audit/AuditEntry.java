package org.craftsman.portal.admin.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded change: who did what to which record, and which fields changed from what
 * to what.
 *
 * @param id the entry's number (null before it is stored)
 * @param occurredAt when (null before it is stored: the database's clock decides)
 * @param actor the account that made the change
 * @param action what was done
 * @param entityType the kind of record (an admin section's name, e.g. RESULTS)
 * @param entityId the record's id, if it concerns one record
 * @param entityLabel how the record reads to a person (code and title, name...)
 * @param changes the changed fields, in form order
 */
public record AuditEntry(Long id, Instant occurredAt, String actor, AuditAction action, String entityType,
		Long entityId, String entityLabel, Map<String, FieldChange> changes) {

	public static AuditEntry of(String actor, AuditAction action, String entityType, Long entityId, String entityLabel,
			Map<String, FieldChange> changes) {
		return new AuditEntry(null, null, actor, action, entityType, entityId, entityLabel, changes);
	}

}
