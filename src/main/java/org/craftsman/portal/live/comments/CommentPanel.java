package org.craftsman.portal.live.comments;

import java.util.List;

/**
 * The comments part of a broadcast's page as it is first served: the latest comments,
 * oldest first, and where the live stream takes over.
 *
 * @param broadcastId the broadcast
 * @param comments the latest visible comments, oldest first
 * @param lastId the id of the latest comment listed (0 for none): the stream starts after
 * it
 * @param watching how many viewers are watching now, on every node
 * @param maxLength the most characters a comment may have
 */
public record CommentPanel(long broadcastId, List<CommentCard> comments, long lastId, long watching, int maxLength) {

}
