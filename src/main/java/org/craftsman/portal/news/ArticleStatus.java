package org.craftsman.portal.news;

/**
 * Where an article stands: a draft only organizers see, or published, which shows it from
 * its publication time on.
 */
public enum ArticleStatus {

	DRAFT, PUBLISHED

}
