package org.craftsman.portal.sitemap;

import java.time.Instant;

/**
 * One public page in the sitemap.
 *
 * @param path its address on the portal, starting with /
 * @param lastModified when what it shows last changed, when known
 */
record SitemapEntry(String path, Instant lastModified) {

}
