package org.craftsman.portal.result;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the fold of the like shards ({@link LikeFold}) every few seconds. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LikeFoldSchedule {

}
