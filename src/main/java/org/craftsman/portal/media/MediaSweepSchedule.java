package org.craftsman.portal.media;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the hourly sweep of unused uploads ({@link MediaDirectory#sweep}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MediaSweepSchedule {

}
