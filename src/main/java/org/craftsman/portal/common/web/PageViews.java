package org.craftsman.portal.common.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How a page that counts its views (a result, a hotspot, a broadcast, a scan of a QR
 * code) says so, so that a copy of it served from the page cache still counts: the
 * controller counts the view it renders and marks the request; the cache counts every
 * later view of its copy.
 */
public final class PageViews {

	static final String ATTRIBUTE = PageViews.class.getName() + ".view";

	private PageViews() {
	}

	/**
	 * Marks the page being rendered as a view of a record; a page may count with more
	 * than one counter (a visit and a scan).
	 * @param counter the name of the {@link org.craftsman.portal.common.BatchedCounter}
	 * counting the views
	 * @param id the record viewed
	 */
	public static void countEveryView(HttpServletRequest request, String counter, long id) {
		List<View> views = new ArrayList<>(of(request));
		views.add(new View(counter, id));
		request.setAttribute(ATTRIBUTE, List.copyOf(views));
	}

	/** The views the page being rendered counts. */
	static List<View> of(HttpServletRequest request) {
		Object views = request.getAttribute(ATTRIBUTE);
		if (views instanceof List<?> list) {
			return list.stream().filter(View.class::isInstance).map(View.class::cast).toList();
		}
		return List.of();
	}

	/** A view of a record, counted by a named counter. */
	record View(String counter, long id) {

	}

}
