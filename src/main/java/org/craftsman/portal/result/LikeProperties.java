package org.craftsman.portal.result;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How likes are protected ({@code portal.likes.*}). The limits are per client address and
 * generous on purpose: thousands of phones in the exhibition hall share a few public
 * addresses behind the venue's NAT.
 *
 * @param newIdsPerMinute new browser ids one client address is given per minute
 * @param likesPerMinute likes one client address may send per minute
 * @param trackedAddresses how many client addresses the limits remember at once
 */
@ConfigurationProperties("portal.likes")
public record LikeProperties(@DefaultValue("600") int newIdsPerMinute, @DefaultValue("3000") int likesPerMinute,
		@DefaultValue("100000") int trackedAddresses) {

}
