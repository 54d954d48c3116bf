package org.craftsman.portal.news;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.craftsman.portal.common.PublicSite;
import org.craftsman.portal.common.web.Localized;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Atom 1.0 feed of the latest articles ({@code /news/feed}), in the reader's
 * language, every address absolute from the public base address (never from the request's
 * Host header). Written by an XML writer, so that every text is escaped.
 */
@Component
class NewsFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/** Entries in the feed. */
	static final int ENTRIES = 20;

	private final NewsQueries news;

	private final NewsService pages;

	private final PublicSite site;

	private final Localized l10n;

	private final MessageSource messages;

	NewsFeed(NewsQueries news, NewsService pages, PublicSite site, Localized l10n, MessageSource messages) {
		this.news = news;
		this.pages = pages;
		this.site = site;
		this.l10n = l10n;
		this.messages = messages;
	}

	String atom() {
		List<ArticleCard> articles = this.news.latest(ENTRIES);
		String base = this.site.baseUrl();
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", this.l10n.isEnglish() ? "en" : "zh-CN");
			xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "base", base + "/");
			element(xml, "id", base + "/news");
			element(xml, "title", message("news.feed.title"));
			element(xml, "subtitle", message("news.intro"));
			element(xml, "updated",
					timestamp(articles.stream().map(NewsFeed::updated).max(Instant::compareTo).orElse(Instant.now())));
			link(xml, "self", base + "/news/feed", "application/atom+xml");
			link(xml, "alternate", base + "/news", "text/html");
			for (ArticleCard article : articles) {
				entry(xml, article, base);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString();
	}

	private void entry(XMLStreamWriter xml, ArticleCard article, String base) throws XMLStreamException {
		xml.writeStartElement("entry");
		element(xml, "id", "tag:" + URI.create(base).getHost() + ",2022:news/" + article.id());
		element(xml, "title", this.l10n.pick(article.title(), article.titleEn()));
		element(xml, "published", timestamp(article.publishedAt()));
		element(xml, "updated", timestamp(updated(article)));
		link(xml, "alternate", base + article.path(), "text/html");
		xml.writeStartElement("author");
		element(xml, "name", this.l10n.pick(article.author(), article.authorEn()));
		xml.writeEndElement();
		for (ArticleTag tag : article.tags()) {
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", tag.name());
			xml.writeAttribute("label", this.l10n.pick(tag.name(), tag.nameEn()));
		}
		element(xml, "summary", this.l10n.pick(article.summary(), article.summaryEn()));
		xml.writeStartElement("content");
		xml.writeAttribute("type", "html");
		xml.writeCharacters(this.pages.html(article));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** When an entry last changed: never before it was published. */
	private static Instant updated(ArticleCard article) {
		return article.updatedAt().isAfter(article.publishedAt()) ? article.updatedAt() : article.publishedAt();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC).withNano(0));
	}

}
