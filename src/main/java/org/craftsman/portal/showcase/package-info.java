/**
 * Public pages that show one record with what other features hold about it: an area with
 * its results and hotspots, a result with its contracts, awards and hotspots.
 */
package org.craftsman.portal.showcase;
