package org.craftsman.portal.admin.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the hourly sweep of unused uploads ({@link MediaDirectory#sweep}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MediaSweepSchedule {

}
