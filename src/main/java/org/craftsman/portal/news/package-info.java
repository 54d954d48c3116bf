/**
 * News articles the organizers write in Markdown: the safe rendering of their text into
 * the HTML the public pages show.
 */
package org.craftsman.portal.news;
