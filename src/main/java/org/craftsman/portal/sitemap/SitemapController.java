package org.craftsman.portal.sitemap;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.craftsman.portal.common.PublicSite;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}, absolute from the public base address
 * (never from the request's Host header). Every page is listed with its Chinese and
 * English alternates ({@code ?lang=}).
 */
@Controller
class SitemapController {

	/** The public pages that list or gather records. */
	static final List<String> LIST_PAGES = List.of("/", "/areas", "/results", "/hall", "/contracts", "/awards", "/live",
			"/news");

	/** What search engines are kept out of. */
	static final List<String> DISALLOWED = List.of("/admin", "/dashboard", "/login", "/logout", "/actuator",
			"/inquiries");

	private final SitemapQueries queries;

	private final PublicSite site;

	SitemapController(SitemapQueries queries, PublicSite site) {
		this.queries = queries;
		this.site = site;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		List<SitemapEntry> pages = new ArrayList<>();
		LIST_PAGES.forEach((path) -> pages.add(new SitemapEntry(path, null)));
		pages.addAll(this.queries.recordPages());
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
						+ " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
		for (SitemapEntry page : pages) {
			String address = this.site.baseUrl() + page.path();
			xml.append("<url><loc>").append(escape(address)).append("</loc>");
			if (page.lastModified() != null) {
				xml.append("<lastmod>")
					.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME
						.format(page.lastModified().atOffset(ZoneOffset.UTC).withNano(0)))
					.append("</lastmod>");
			}
			alternate(xml, "zh-CN", address + "?lang=zh-CN");
			alternate(xml, "en", address + "?lang=en");
			alternate(xml, "x-default", address);
			xml.append("</url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.body(xml.toString());
	}

	private static void alternate(StringBuilder xml, String language, String address) {
		xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
			.append(language)
			.append("\" href=\"")
			.append(escape(address))
			.append("\"/>");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		StringBuilder text = new StringBuilder("User-agent: *\n");
		DISALLOWED.forEach((path) -> text.append("Disallow: ").append(path).append('\n'));
		text.append("\nSitemap: ").append(this.site.baseUrl()).append("/sitemap.xml\n");
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(text.toString());
	}

}
