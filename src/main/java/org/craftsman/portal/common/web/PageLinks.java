package org.craftsman.portal.common.web;

/**
 * The absolute addresses of a page for search engines and share cards, built from the
 * configured public address ({@code portal.public-base-url}), never from the request's
 * Host header: its canonical address, and its addresses in Chinese, in English and for a
 * reader whose browser decides.
 *
 * @param base the public base address, without a trailing slash
 * @param canonical the page's own address (null on an error page)
 * @param chinese the page in Chinese
 * @param english the page in English
 * @param xDefault the page in the language the reader's browser asks for
 */
public record PageLinks(String base, String canonical, String chinese, String english, String xDefault) {

	/** The absolute address of a path on the portal. */
	public String absolute(String path) {
		return this.base + path;
	}

}
