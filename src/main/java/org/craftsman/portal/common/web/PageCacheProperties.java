package org.craftsman.portal.common.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of public pages rendered for anonymous visitors.
 *
 * @param enabled whether public pages are kept at all
 * @param maxSize the memory the kept pages may take, both encodings counted
 * @param timeToLive how long a kept page is served as it is; after that one request
 * renders it afresh while the others still get the kept copy, so the counts a page shows
 * (likes, visits) and what the clock changes (a broadcast going on air) lag by at most
 * this and one rendering
 * @param pollInterval how often a node looks for changes committed by any node
 * @param maxFilesSize the memory the kept static files (stylesheets, scripts, images) may
 * take
 */
@ConfigurationProperties("portal.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("5s") Duration timeToLive, @DefaultValue("250ms") Duration pollInterval,
		@DefaultValue("16MB") DataSize maxFilesSize) {

}
