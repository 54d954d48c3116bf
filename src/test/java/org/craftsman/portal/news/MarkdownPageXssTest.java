package org.craftsman.portal.news;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile Markdown and HTML in an article, as the real pages serve it (the article, the
 * list, the home page and the feed's HTML): nothing executable survives anywhere in the
 * page, whatever an organizer's account (or someone who took it over) typed into the
 * text, the title, the summary, the tags or the cover's description.
 */
@IntegrationTest
class MarkdownPageXssTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	TestArticles articles;

	String slug;

	@BeforeEach
	void hostileArticle() {
		this.articles = new TestArticles(this.jdbc);
		this.slug = this.articles.chineseOnly("测试文章", "正文", Instant.now().minusSeconds(5));
	}

	@AfterEach
	void removeIt() {
		this.articles.deleteAll();
	}

	/** The renderer's hostile inputs (those PostgreSQL can store: no NUL) and more. */
	static Stream<String> hostileInputs() {
		return Stream.concat(MarkdownRendererTest.hostileInputs().filter((input) -> input.indexOf('\u0000') < 0), Stream
			.of("<img src=\"javascript:alert(1)\">", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
					"<svg><script>alert(1)</script></svg>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
					"<https://example.org/a\" onmouseover=\"alert(1)>", "<javascript:alert(1)>",
					"[x](https://example.org/\" onclick=\"alert(1))", "![x](https://e.org/x.png\" onerror=\"alert(1))",
					"<div>\n<script>alert(1)</script>\n</div>",
					"<?php echo 1; ?>\n<![CDATA[<script>alert(1)</script>]]>",
					"[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
					"[x](%6A%61%76%61%73%63%72%69%70%74:alert(1))", "[x](//evil.example/%0Aalert(1))",
					"<table><tr><td style=\"background:url(javascript:alert(1))\">x</td></tr></table>",
					"<a href=\"/results/1\" target=\"_blank\" onfocus=\"alert(1)\" autofocus>x</a>",
					"<video><source onerror=\"alert(1)\"></video>", "<audio src=x onerror=alert(1)>",
					"<input onfocus=alert(1) autofocus>", "<textarea><script>alert(1)</script></textarea>",
					"<select><style><img src=x onerror=alert(1)></style></select>",
					"<marquee onstart=alert(1)>x</marquee>", "<body onload=alert(1)>",
					"<template><script>alert(1)</script></template>"));
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void nothingExecutableSurvivesInTheServedArticle(String markdown) {
		this.jdbc.update("UPDATE news_articles SET body = ? WHERE slug = ?", markdown, this.slug);
		Document page = new WebClient(this.port).page("/news/" + this.slug);
		assertSafe(page, markdown);
		for (Element element : page.select("#article-body *")) {
			assertThat(element.tagName()).as(markdown)
				.isIn("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre", "blockquote",
						"ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td");
		}
	}

	@Test
	void hostileTitlesSummariesTagsAndCoverDescriptionsAreShownAsText() {
		String hostile = "<script>alert(1)</script><img src=x onerror=alert(1)>";
		this.jdbc.update("""
				UPDATE news_articles SET title = ?, summary = ?, tags = ?, cover_ref = '/media/category-01.svg',
				    cover_alt = ?, author = ? WHERE slug = ?""", hostile, hostile, "<b onclick=x>t</b>", hostile,
				hostile, this.slug);
		WebClient visitor = new WebClient(this.port);
		Document article = visitor.page("/news/" + this.slug);
		assertSafe(article, hostile);
		assertThat(article.select("h1").text()).isEqualTo(hostile);
		assertSafe(visitor.page("/news"), hostile);
		assertSafe(visitor.page("/"), hostile);
		assertThat(visitor.page("/news").select("#news-list h3").first().text()).isEqualTo(hostile);
		String feed = visitor.get("/news/feed").body();
		assertThat(feed).doesNotContain("<script").doesNotContain("<img src=x");
	}

	/**
	 * No script but the portal's own files, no handler, no inline style, no frame or
	 * plug-in, no address that runs code, and no markup that changes the page's base or
	 * refreshes it, anywhere in the page.
	 */
	static void assertSafe(Document page, String input) {
		for (Element script : page.select("script")) {
			assertThat(script.attr("src")).as(input).startsWith("/js/");
			assertThat(script.data()).as(input).isBlank();
		}
		assertThat(page.select("iframe, frame, object, embed, base, form[action^=http], meta[http-equiv], style, "
				+ "link[rel=stylesheet]:not([href^=/css/]), math, template, textarea, input:not([type=hidden]):not(#share-link), "
				+ "#article-body svg, #article-body video, #article-body audio"))
			.as(input)
			.isEmpty();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(name).as(input + " on <" + element.tagName() + ">")
					.doesNotStartWith("on")
					.isNotEqualTo("style")
					.isNotEqualTo("srcdoc")
					.isNotEqualTo("formaction");
				String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
				if (name.equals("href") || name.equals("src") || name.equals("action") || name.equals("poster")) {
					assertThat(value).as(input)
						.doesNotStartWith("javascript:")
						.doesNotStartWith("data:")
						.doesNotStartWith("vbscript:");
				}
			}
		}
	}

}
