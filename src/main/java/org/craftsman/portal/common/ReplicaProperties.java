package org.craftsman.portal.common;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the public reads use a streaming replica, when one is configured
 * ({@code spring.datasource.replica.url}, see {@link PublicReads}).
 *
 * @param maxLag the replica is used while it holds everything the primary committed up to
 * this long ago; past it the reads go to the primary until it catches up
 * @param checkInterval how often its lag is measured
 */
@ConfigurationProperties("portal.replica")
public record ReplicaProperties(@DefaultValue("5s") Duration maxLag, @DefaultValue("1s") Duration checkInterval) {

}
