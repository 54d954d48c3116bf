package org.craftsman.portal.news;

import java.time.Instant;
import java.util.List;

/**
 * An article as lists, the home page and the feed show it.
 *
 * @param id the article's id
 * @param slug its address below /news/
 * @param title its Chinese title
 * @param titleEn its English title, or null when it has no English version
 * @param summary its Chinese summary
 * @param summaryEn its English summary
 * @param coverRef its cover picture, or null
 * @param coverAlt what the cover shows (Chinese), or null
 * @param coverAltEn what the cover shows (English), or null
 * @param tags its tags
 * @param author who wrote it (Chinese)
 * @param authorEn who wrote it (English), or null
 * @param status draft or published
 * @param publishedAt when it is (or was) published, or null for a draft never published
 * @param updatedAt when it last changed
 */
public record ArticleCard(long id, String slug, String title, String titleEn, String summary, String summaryEn,
		String coverRef, String coverAlt, String coverAltEn, List<ArticleTag> tags, String author, String authorEn,
		ArticleStatus status, Instant publishedAt, Instant updatedAt) {

	/** Whether the article has an English version (title, summary and text). */
	public boolean hasEnglish() {
		return this.titleEn != null;
	}

	/** The article's address on the portal. */
	public String path() {
		return "/news/" + this.slug;
	}

	/** Whether readers see the article at a moment. */
	public boolean visibleAt(Instant now) {
		return this.status == ArticleStatus.PUBLISHED && this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

}
