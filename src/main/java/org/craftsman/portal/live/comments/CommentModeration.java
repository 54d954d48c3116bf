package org.craftsman.portal.live.comments;

import java.util.Map;

import org.craftsman.portal.admin.FormRejectedException;
import org.craftsman.portal.admin.audit.AuditAction;
import org.craftsman.portal.admin.audit.AuditLog;
import org.craftsman.portal.admin.audit.FieldChange;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * What organizers do to comments: hide one (for everyone at once: the database announces
 * it to every node, which tells its viewers, and kept pages are dropped), show it again,
 * and ban the browser that posted it. Each is in the audit log.
 */
@Service
class CommentModeration {

	static final String ENTITY_TYPE = "LIVE_COMMENTS";

	private static final int LABEL_TEXT = 60;

	private final JdbcClient jdbc;

	private final CommentQueries queries;

	private final AuditLog audit;

	private final CommentBanAdminService bans;

	CommentModeration(JdbcClient jdbc, CommentQueries queries, AuditLog audit, CommentBanAdminService bans) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.audit = audit;
		this.bans = bans;
	}

	/** Hides a comment; false when it was hidden already. */
	@Transactional
	public boolean hide(long id) {
		CommentEntry comment = find(id);
		int changed = this.jdbc
			.sql("UPDATE live_comments SET hidden_at = now(), hidden_by = ? WHERE id = ? AND hidden_at IS NULL")
			.params(AuditLog.currentActor(), id)
			.update();
		if (changed == 0) {
			return false;
		}
		this.audit.record(AuditAction.UPDATE, ENTITY_TYPE, id, label(comment),
				Map.of("hidden", new FieldChange("false", "true")));
		return true;
	}

	/** Shows a hidden comment again; false when it was not hidden. */
	@Transactional
	public boolean show(long id) {
		CommentEntry comment = find(id);
		int changed = this.jdbc
			.sql("UPDATE live_comments SET hidden_at = NULL, hidden_by = NULL WHERE id = ? AND hidden_at IS NOT NULL")
			.param(id)
			.update();
		if (changed == 0) {
			return false;
		}
		this.audit.record(AuditAction.UPDATE, ENTITY_TYPE, id, label(comment),
				Map.of("hidden", new FieldChange("true", "false")));
		return true;
	}

	/**
	 * Bans the browser that posted a comment from posting again; false when it was banned
	 * already.
	 */
	@Transactional
	public boolean banAuthor(long id) {
		CommentEntry comment = find(id);
		if (this.bans.banned(comment.browserId())) {
			return false;
		}
		CommentBanForm form = new CommentBanForm();
		form.setBrowserId(comment.browserId().toString());
		form.setReason(label(comment));
		try {
			this.bans.create(form, new BeanPropertyBindingResult(form, "form"));
			return true;
		}
		catch (FormRejectedException ex) {
			return false;
		}
	}

	CommentEntry find(long id) {
		return this.queries.entry(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** How a comment reads in the audit log: its start, and the broadcast's title. */
	static String label(CommentEntry comment) {
		String body = comment.body();
		String start = (body.codePointCount(0, body.length()) > LABEL_TEXT)
				? body.substring(0, body.offsetByCodePoints(0, LABEL_TEXT)) + "…" : body;
		return "#" + comment.id() + " “" + start + "” · " + comment.broadcastTitle();
	}

}
