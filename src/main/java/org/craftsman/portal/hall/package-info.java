/**
 * The online exhibition hall: hotspots with their pictures, sounds and videos, the public
 * hall pages and the organizers' hotspot pages.
 */
package org.craftsman.portal.hall;
