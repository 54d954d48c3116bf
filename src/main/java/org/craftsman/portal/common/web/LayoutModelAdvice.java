package org.craftsman.portal.common.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page the addresses of itself in the other languages, keeping its query (a
 * search, a filter, a page) so that switching language never loses the reader's place.
 */
@ControllerAdvice
class LayoutModelAdvice {

	@ModelAttribute("langUrlZh")
	String chineseUrl() {
		return withLanguage("zh-CN");
	}

	@ModelAttribute("langUrlEn")
	String englishUrl() {
		return withLanguage("en");
	}

	private static String withLanguage(String language) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang", language)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

}
