package org.craftsman.portal.live.comments;

import java.time.Instant;

/**
 * A comment as viewers see it.
 *
 * @param id its id, also the id of its event on the stream
 * @param broadcastId the broadcast it is about
 * @param body what it says
 * @param postedAt when it was posted
 */
public record CommentCard(long id, long broadcastId, String body, Instant postedAt) {

}
