/**
 * Live comments under a broadcast and the number watching now: posting (browser id, word
 * filter, length and rate limits, bans), the event stream every viewer holds open, its
 * delivery across nodes through PostgreSQL LISTEN/NOTIFY, the viewer counts per node, and
 * the organizers' moderation (hiding comments, banning browsers).
 */
package org.craftsman.portal.live.comments;
