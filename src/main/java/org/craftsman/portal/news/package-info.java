/**
 * News articles the organizers write in Markdown: the list ({@code /news}, newest first,
 * by tag), an article's page with the results, areas and awards it links to as cards, the
 * Atom feed ({@code /news/feed}), the latest articles for the home page, the safe
 * rendering of the text into HTML, scheduled publication (an article appears at its time
 * on every node) and the organizers' section ({@code /admin/news}: drafts, preview,
 * publish, schedule, unpublish).
 */
package org.craftsman.portal.news;
