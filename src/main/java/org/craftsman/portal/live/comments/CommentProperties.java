package org.craftsman.portal.live.comments;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live comments are limited and streamed ({@code portal.comments.*}).
 *
 * @param maxLength the most characters a comment may have, after trimming
 * @param shown how many of the latest comments a broadcast's page lists
 * @param browserBurst posts one browser may make within {@code burstWindow}
 * @param browserSustained posts one browser may make within {@code sustainedWindow}
 * @param addressBurst posts one client address may make within {@code burstWindow} (many
 * phones share a venue's address, so this is looser than the browser's)
 * @param addressSustained posts one client address may make within
 * {@code sustainedWindow}
 * @param burstWindow the short window of the limits
 * @param sustainedWindow the long window of the limits
 * @param blockedWords words a comment may not contain, in any language; matched ignoring
 * case, width and the spaces or punctuation put between their letters
 * @param maxStreams the most comment streams one node holds open
 * @param maxStreamsPerAddress the most comment streams one node holds open for one client
 * address
 * @param heartbeat how often an idle stream gets a heartbeat, well within the timeouts of
 * proxies and load balancers
 * @param streamTimeout how long one stream stays open; the browser then reconnects where
 * it left off
 * @param watchersInterval how often each node writes how many viewers it serves
 * @param watchersFreshness how old a node's count may be and still be counted
 */
@ConfigurationProperties("portal.comments")
public record CommentProperties(@DefaultValue("200") int maxLength, @DefaultValue("50") int shown,
		@DefaultValue("1") int browserBurst, @DefaultValue("20") int browserSustained,
		@DefaultValue("10") int addressBurst, @DefaultValue("300") int addressSustained,
		@DefaultValue("3s") Duration burstWindow, @DefaultValue("10m") Duration sustainedWindow, @DefaultValue( {
				"傻逼", "操你妈", "他妈的", "代开发票", "赌博网站", "fuck", "shit", "asshole", "bitch" }) List<String> blockedWords,
		@DefaultValue("2000") int maxStreams, @DefaultValue("300") int maxStreamsPerAddress,
		@DefaultValue("15s") Duration heartbeat, @DefaultValue("10m") Duration streamTimeout,
		@DefaultValue("3s") Duration watchersInterval, @DefaultValue("15s") Duration watchersFreshness){

}
