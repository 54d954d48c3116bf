package org.craftsman.portal.live.comments;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment as organizers moderate it.
 *
 * @param id its id
 * @param broadcastId the broadcast it is about
 * @param broadcastTitle that broadcast's Chinese title
 * @param broadcastTitleEn that broadcast's English title
 * @param body what it says
 * @param postedAt when it was posted
 * @param browserId the browser that posted it
 * @param hiddenAt when an organizer hid it, if one did
 * @param hiddenBy who hid it
 * @param banned whether its browser is banned
 */
public record CommentEntry(long id, long broadcastId, String broadcastTitle, String broadcastTitleEn, String body,
		Instant postedAt, UUID browserId, Instant hiddenAt, String hiddenBy, boolean banned) {

	public boolean hidden() {
		return this.hiddenAt != null;
	}

}
