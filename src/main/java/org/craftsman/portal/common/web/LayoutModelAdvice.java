package org.craftsman.portal.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the addresses of itself in the other languages, keeping its query (a
 * search, a filter, a page) so that switching language never loses the reader's place. An
 * error page links to the address that failed, not to the error page itself.
 */
@ControllerAdvice
class LayoutModelAdvice {

	@ModelAttribute("langUrlZh")
	String chineseUrl(HttpServletRequest request) {
		return withLanguage(request, "zh-CN");
	}

	@ModelAttribute("langUrlEn")
	String englishUrl(HttpServletRequest request) {
		return withLanguage(request, "en");
	}

	private static String withLanguage(HttpServletRequest request, String language) {
		String path = shownPath(request);
		String query = shownQuery(request);
		return UriComponentsBuilder.fromPath(SiteAddresses.isSiteRelative(path) ? path : "/")
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	private static String shownPath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (failed instanceof String uri) ? uri : request.getRequestURI();
	}

	private static String shownQuery(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			Object failed = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
			return (failed instanceof String query) ? query : request.getQueryString();
		}
		return request.getQueryString();
	}

}
