package org.craftsman.portal.common.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A public page as rendered for anonymous visitors, ready to be sent again.
 *
 * @param body the page as rendered
 * @param gzipped the same page compressed with gzip
 * @param etag a strong entity tag of the body, quoted
 * @param renderedAt when it was rendered, the page's Last-Modified
 * @param headers the response headers the page was rendered with, without cookies
 * @param counted the counters a view of the page adds to, none for most pages
 */
record CachedPage(byte[] body, byte[] gzipped, String etag, Instant renderedAt, Map<String, List<String>> headers,
		List<PageViews.View> counted) {

	/** About how many bytes of memory the page holds. */
	int weight() {
		int weight = 256 + this.body.length + this.gzipped.length;
		for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
			weight += header.getKey().length() * 2;
			for (String value : header.getValue()) {
				weight += 16 + value.length() * 2;
			}
		}
		return weight;
	}

}
