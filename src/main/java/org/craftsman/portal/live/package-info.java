/**
 * Live broadcasts as programme sessions: the programme by day with what is on air, the
 * site-wide "live now" banner, a session's page with its HLS player (hls.js, the demo
 * stream under {@code /hls/}), speakers and their pages, calendar files (iCalendar), the
 * conference phase, and the organizers' broadcast and speaker pages.
 */
package org.craftsman.portal.live;
