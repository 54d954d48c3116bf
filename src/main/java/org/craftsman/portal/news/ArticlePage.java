package org.craftsman.portal.news;

import java.util.List;

import org.craftsman.portal.area.AreaCard;
import org.craftsman.portal.result.ResultCard;

/**
 * The whole model of an article's page: the article, its text as safe HTML in the
 * language shown, and the records it links to, as cards.
 *
 * @param article the article
 * @param html its text, rendered and sanitized
 * @param inChinese whether an English reader is shown the Chinese version, for want of an
 * English one
 * @param results the published results it links to, in order
 * @param areas the areas it links to, in order
 * @param awards whether it links to the awards page
 * @param preview whether an organizer previews it (a draft, or not yet due)
 * @param visible whether readers see it now
 */
public record ArticlePage(ArticleCard article, String html, boolean inChinese, List<ResultCard> results,
		List<AreaCard> areas, boolean awards, boolean preview, boolean visible) {

	/** Whether the article links to any record shown as a card. */
	public boolean hasMentions() {
		return !this.results.isEmpty() || !this.areas.isEmpty() || this.awards;
	}

}
