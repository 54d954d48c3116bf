package org.craftsman.portal.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's one source of "now", so that what counts as today (in the conference's
 * time zone) can be pinned to a moment before, during or after the conference.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
