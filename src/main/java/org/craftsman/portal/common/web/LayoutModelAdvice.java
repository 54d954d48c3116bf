package org.craftsman.portal.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.craftsman.portal.common.PublicSite;

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

	private final PublicSite site;

	LayoutModelAdvice(PublicSite site) {
		this.site = site;
	}

	/**
	 * The page's canonical address and its language alternates, absolute from the public
	 * base address. The page's own query stays (a search, a filter, a page), without the
	 * marker of the way back from a like; {@code lang} is set only where it is asked for.
	 */
	@ModelAttribute("pageLinks")
	PageLinks pageLinks(HttpServletRequest request) {
		String base = this.site.baseUrl();
		String path = shownPath(request);
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(SiteAddresses.isSiteRelative(path) ? path : "/")
			.query(shownQuery(request))
			.replaceQueryParam("liked");
		String canonical = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) ? null
				: base + page.build().toUriString();
		String chinese = base + page.cloneBuilder().replaceQueryParam("lang", "zh-CN").build().toUriString();
		String english = base + page.cloneBuilder().replaceQueryParam("lang", "en").build().toUriString();
		String xDefault = base + page.cloneBuilder().replaceQueryParam("lang").build().toUriString();
		return new PageLinks(base, canonical, chinese, english, xDefault);
	}

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
