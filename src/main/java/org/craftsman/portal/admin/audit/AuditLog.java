package org.craftsman.portal.admin.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change organizers make, in the same transaction as the change: a change
 * that rolls back leaves no entry, and no change is stored without one.
 */
@Service
public class AuditLog {

	static final int LABEL_LENGTH = 300;

	private static final String INSERT = """
			INSERT INTO audit_log (actor, action, entity_type, entity_id, entity_label, changes)
			VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	AuditLog(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records a change by the signed-in account. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String entityType, Long entityId, String entityLabel,
			Map<String, FieldChange> changes) {
		recordAll(List.of(AuditEntry.of(currentActor(), action, entityType, entityId, entityLabel, changes)));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<AuditEntry> entries) {
		this.jdbc.batchUpdate(INSERT, entries, 500, (statement, entry) -> {
			statement.setString(1, entry.actor());
			statement.setString(2, entry.action().name());
			statement.setString(3, entry.entityType());
			statement.setObject(4, entry.entityId());
			statement.setString(5, truncate(entry.entityLabel()));
			statement.setString(6, this.json.writeValueAsString(asList(entry.changes())));
		});
	}

	/** Who changed a record last, and when. */
	@Transactional(readOnly = true)
	public Optional<LastChange> lastChange(String entityType, long entityId) {
		return this.jdbc
			.query("SELECT actor, occurred_at FROM audit_log WHERE entity_type = ? AND entity_id = ?"
					+ " ORDER BY occurred_at DESC, id DESC LIMIT 1",
					(row, n) -> new LastChange(row.getString(1), row.getTimestamp(2).toInstant()), entityType, entityId)
			.stream()
			.findFirst();
	}

	/**
	 * Changes as a JSON array, which keeps the fields in form order (an object would
	 * not).
	 */
	private static List<Map<String, String>> asList(Map<String, FieldChange> changes) {
		return changes.entrySet()
			.stream()
			.map((change) -> Map.of("field", change.getKey(), "before", change.getValue().before(), "after",
					change.getValue().after()))
			.toList();
	}

	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	private static String truncate(String label) {
		if (label == null) {
			return null;
		}
		return (label.length() > LABEL_LENGTH) ? label.substring(0, LABEL_LENGTH - 1) + "…" : label;
	}

	/**
	 * The latest change of a record.
	 *
	 * @param actor who made it
	 * @param at when
	 */
	public record LastChange(String actor, Instant at) {

	}

}
