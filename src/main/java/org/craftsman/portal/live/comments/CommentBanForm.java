package org.craftsman.portal.live.comments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;

/** A ban as organizers enter it: the browser's id, as the moderation list shows it. */
public class CommentBanForm extends AdminForm {

	@NotBlank
	@Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
			message = "{comment.ban.error.browserId}")
	private String browserId;

	@Size(max = 300)
	private String reason;

	public String getBrowserId() {
		return this.browserId;
	}

	public void setBrowserId(String browserId) {
		this.browserId = browserId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
