package org.craftsman.portal.admin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log back, newest first, filtered by any combination of record kind,
 * record id, action, account, label text and days.
 */
@Repository
class AuditQueries {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	Page<AuditEntry> find(AuditFilter filter, ZoneId zone, Pageable pageable) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.type() != null) {
			where.append(" AND entity_type = :type");
			params.put("type", filter.type());
		}
		if (filter.entityId() != null) {
			where.append(" AND entity_id = :entityId");
			params.put("entityId", filter.entityId());
		}
		if (filter.action() != null) {
			where.append(" AND action = :action");
			params.put("action", filter.action().name());
		}
		if (filter.actor() != null) {
			where.append(" AND actor = :actor");
			params.put("actor", filter.actor());
		}
		if (filter.text() != null) {
			where.append(" AND lower(entity_label) LIKE :text ESCAPE '\\'");
			params.put("text",
					"%" + filter.text()
						.toLowerCase(java.util.Locale.ROOT)
						.replace("\\", "\\\\")
						.replace("%", "\\%")
						.replace("_", "\\_") + "%");
		}
		if (filter.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.put("from", startOf(filter.from(), zone));
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < :to");
			params.put("to", startOf(filter.to().plusDays(1), zone));
		}
		long total = this.jdbc.sql("SELECT count(*) FROM audit_log" + where).params(params).query(Long.class).single();
		List<AuditEntry> rows = this.jdbc
			.sql("SELECT * FROM audit_log" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((row, n) -> entry(row))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	@Transactional(readOnly = true)
	List<String> actors() {
		return this.jdbc.sql("SELECT DISTINCT actor FROM audit_log ORDER BY actor").query(String.class).list();
	}

	private static java.sql.Timestamp startOf(LocalDate day, ZoneId zone) {
		return java.sql.Timestamp.from(day.atStartOfDay(zone).toInstant());
	}

	private AuditEntry entry(ResultSet row) throws SQLException {
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		for (JsonNode change : this.json.readTree(row.getString("changes"))) {
			changes.put(change.path("field").asString(),
					new FieldChange(change.path("before").asString(), change.path("after").asString()));
		}
		Long entityId = row.getObject("entity_id", Long.class);
		return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
				AuditAction.valueOf(row.getString("action")), row.getString("entity_type"), entityId,
				row.getString("entity_label"), changes);
	}

	/**
	 * What the audit list is narrowed to; null means any.
	 *
	 * @param type the kind of record
	 * @param entityId the record
	 * @param action what was done
	 * @param actor who did it
	 * @param text part of the record's label
	 * @param from first day
	 * @param to last day
	 */
	record AuditFilter(String type, Long entityId, AuditAction action, String actor, String text, LocalDate from,
			LocalDate to) {

	}

}
