package org.craftsman.portal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard password guessing is made ({@code portal.login-throttle.*}): after this many
 * failed logins within the window, further attempts for the same account from the same
 * client address, or from one client address for any account, are refused until the
 * window has passed. Refused attempts do not count, so the block always ends.
 *
 * @param maxFailuresPerAccount failures of one account from one client address
 * @param maxFailuresPerClient failures from one client address, whatever the account
 * @param window how long a failure counts
 */
@ConfigurationProperties("portal.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailuresPerAccount,
		@DefaultValue("20") int maxFailuresPerClient, @DefaultValue("15m") Duration window) {

}
