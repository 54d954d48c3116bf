package org.craftsman.portal.news;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Turns an article's Markdown into HTML that is safe to show as it is: raw HTML in the
 * Markdown is shown as text, and the HTML the parser yields passes an allow-list of tags,
 * attributes and link protocols, so no script, event handler, inline style or frame can
 * reach a reader, whatever an organizer's account types.
 */
@Component
public class MarkdownRenderer {

	// The page's own title is its only first-level heading: an article's "#" heading
	// keeps
	// its text, without the tag.

	/** Only used to resolve relative links while cleaning; never shown. */
	private static final String BASE = "https://portal.invalid/";

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private final Safelist safelist = Safelist.none()
		.addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre", "blockquote",
				"ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
		.addAttributes("a", "href", "title")
		.addAttributes("img", "src", "alt", "title")
		.addAttributes("ol", "start")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "http", "https")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
		.preserveRelativeLinks(true);

	/** The article's text as safe HTML; empty for no text. */
	public String render(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = this.renderer.render(this.parser.parse(markdown));
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, BASE, this.safelist, output);
	}

}
