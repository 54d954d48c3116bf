package org.craftsman.portal.inquiry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.admin.audit.AuditAction;
import org.craftsman.portal.admin.audit.AuditEntry;
import org.craftsman.portal.admin.audit.AuditLog;
import org.craftsman.portal.common.ClusterTasks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes every inquiry signed or declined longer ago than the retention period
 * ({@code portal.inquiries.retention}, a year by default), once a day: the inquiry and
 * the history of its fields in the audit log, which held the contact details as they were
 * typed. One audit entry per deleted inquiry says that it went, and why, without them.
 */
@Component
public class InquiryRetention {

	static final String ACTOR = "retention";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final InquiryProperties properties;

	private final Clock clock;

	private final ClusterTasks tasks;

	InquiryRetention(JdbcClient jdbc, AuditLog audit, InquiryProperties properties, Clock clock, ClusterTasks tasks) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** How many days a closed inquiry is kept, as the form tells visitors. */
	public long retentionDays() {
		return this.properties.retention().toDays();
	}

	/** Deletes the expired inquiries once a day, on one of the nodes. */
	@Scheduled(cron = "${portal.inquiries.purge-cron:0 30 3 * * *}", zone = "${portal.time-zone:Asia/Shanghai}")
	void scheduledDeletion() {
		this.tasks.callOnce("inquiry-retention", Duration.ofHours(1), this::deleteExpired);
	}

	/** Deletes the inquiries past their retention period; returns how many went. */
	@Transactional
	public int deleteExpired() {
		Instant before = this.clock.instant().minus(this.properties.retention());
		List<Long> ids = this.jdbc.sql("DELETE FROM inquiries WHERE closed_at < ? RETURNING id")
			.param(Timestamp.from(before))
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		this.jdbc.sql("DELETE FROM audit_log WHERE entity_type = :type AND entity_id IN (:ids)")
			.param("type", InquiryService.ENTITY_TYPE)
			.param("ids", ids)
			.update();
		this.audit.recordAll(ids.stream()
			.map((id) -> AuditEntry.of(ACTOR, AuditAction.DELETE, InquiryService.ENTITY_TYPE, id, "#" + id, Map.of()))
			.toList());
		return ids.size();
	}

}
