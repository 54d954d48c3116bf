package org.craftsman.portal.live;

import java.time.Instant;
import java.util.List;

/**
 * A speaker's page: who they are and the sessions they speak in.
 *
 * @param speaker the speaker
 * @param sessions their sessions in order of time
 * @param now the moment the page was drawn up, for each session's state
 */
public record SpeakerPage(SpeakerCard speaker, List<BroadcastCard> sessions, Instant now) {

}
