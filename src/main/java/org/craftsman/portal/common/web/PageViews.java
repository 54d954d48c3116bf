package org.craftsman.portal.common.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How a page that counts its views (a result, a hotspot, a broadcast) says so, so that a
 * copy of it served from the page cache still counts: the controller counts the view it
 * renders and marks the request; the cache counts every later view of its copy.
 */
public final class PageViews {

	static final String ATTRIBUTE = PageViews.class.getName() + ".view";

	private PageViews() {
	}

	/**
	 * Marks the page being rendered as a view of a record.
	 * @param counter the name of the {@link org.craftsman.portal.common.BatchedCounter}
	 * counting the views
	 * @param id the record viewed
	 */
	public static void countEveryView(HttpServletRequest request, String counter, long id) {
		request.setAttribute(ATTRIBUTE, new View(counter, id));
	}

	/** A view of a record, counted by a named counter. */
	record View(String counter, long id) {

	}

}
