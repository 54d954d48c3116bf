package org.craftsman.portal.live.comments;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The comments part of a broadcast's page ({@code templates/live/comments.html}), read by
 * the template itself so that the broadcast's page needs nothing of its own for it.
 */
@Component("commentPanels")
public class CommentPanels {

	private final CommentQueries queries;

	private final CommentStreams streams;

	private final CommentProperties properties;

	CommentPanels(CommentQueries queries, CommentStreams streams, CommentProperties properties) {
		this.queries = queries;
		this.streams = streams;
		this.properties = properties;
	}

	/** The latest comments of a broadcast and the number watching it. */
	public CommentPanel panel(long broadcastId) {
		List<CommentCard> comments = this.queries.latest(broadcastId, this.properties.shown());
		long lastId = comments.isEmpty() ? 0 : comments.get(comments.size() - 1).id();
		return new CommentPanel(broadcastId, comments, lastId, this.streams.watching(broadcastId),
				this.properties.maxLength());
	}

}
