package org.craftsman.portal.live.comments;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.common.AuditedEntity;

/** A browser organizers have banned from commenting: its further posts are refused. */
@Entity
@Table(name = "comment_bans")
public class CommentBan extends AuditedEntity {

	@NotNull
	@Column(name = "browser_id", nullable = false)
	private UUID browserId;

	@Size(max = 300)
	private String reason;

	public UUID getBrowserId() {
		return this.browserId;
	}

	public void setBrowserId(UUID browserId) {
		this.browserId = browserId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
