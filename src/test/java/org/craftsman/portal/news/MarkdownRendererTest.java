package org.craftsman.portal.news;

import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	static Stream<String> hostileInputs() {
		return Stream.of("<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
				"<img src=x onerror=alert(1)>", "<svg onload=alert(1)><circle r=1 /></svg>",
				"<iframe src=\"javascript:alert(1)\"></iframe>",
				"<p style=\"background:url(javascript:alert(1))\">x</p>", "<a href=\"javascript:alert(1)\">click</a>",
				"[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[click](java\tscript:alert(1))",
				"[click](&#106;avascript:alert(1))", "[click](javascript&#58;alert(1))",
				"[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[click](vbscript:msgbox(1))",
				"![x](javascript:alert(1))", "![x](data:image/svg+xml,<svg onload=alert(1)>)",
				"[a](<javascript:alert(1)>)", "[[nested](javascript:alert(1))](https://example.org)",
				"[x][ref]\n\n[ref]: javascript:alert(1)", "<object data=x.swf></object><embed src=x.swf>",
				"<form action=https://evil.example><input name=p></form>", "<style>body{display:none}</style>",
				"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<div onclick=\"alert(1)\">x</div>",
				"&lt;script&gt;alert(1)&lt;/script&gt;",
				"<a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a>", "<base href=\"javascript:/\">",
				"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
				"<link rel=stylesheet href=//evil.example/x.css>", "`<script>` and ```\n<script>alert(1)</script>\n```",
				"<details open ontoggle=alert(1)>", "<!-- <script>alert(1)</script> -->", "<img src=\"x\" alt=\"\" />",
				"| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
				"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
				"<a href=\"  javascript:alert(1)\">x</a>", "[x](\u0000javascript:alert(1))",
				"<x onpointerenter=alert(1)>x</x>");
	}

	@ParameterizedTest
	@MethodSource("hostileInputs")
	void nothingExecutableSurvivesHostileMarkdown(String markdown) {
		Document page = Jsoup.parseBodyFragment(this.renderer.render(markdown));
		for (Element element : page.body().getAllElements()) {
			assertThat(element.tagName()).isNotIn("script", "iframe", "svg", "math", "object", "embed", "form", "input",
					"style", "link", "meta", "base", "details", "noscript", "div");
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(name).doesNotStartWith("on").isNotEqualTo("style");
				String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
				if (name.equals("href") || name.equals("src")) {
					assertThat(value).doesNotStartWith("javascript:")
						.doesNotStartWith("data:")
						.doesNotStartWith("vbscript:");
				}
			}
		}
	}

	@Test
	void rawHtmlIsShownAsTextNotMarkup() {
		String html = this.renderer.render("Hello <b onclick=x>world</b>");
		assertThat(html).contains("&lt;b onclick=x&gt;").doesNotContain("<b");
	}

	@Test
	void theMarkdownOrganizersWriteKeepsItsShape() {
		String html = this.renderer.render("""
				## 开幕

				**首届**大会 *开幕*。

				- 一
				- 二

				| 项目 | 数 |
				|---|---|
				| 成果 | 1680 |

				[成果](/results/12) · [官网](https://example.org/a?b=1)

				![合影](/media/news/opening.jpg)
				""");
		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("h2").text()).isEqualTo("开幕");
		assertThat(page.select("strong").text()).isEqualTo("首届");
		assertThat(page.select("li")).hasSize(2);
		assertThat(page.select("td").eachText()).containsExactly("成果", "1680");
		assertThat(page.select("a").eachAttr("href")).containsExactly("/results/12", "https://example.org/a?b=1");
		assertThat(page.select("a").eachAttr("rel")).allMatch((rel) -> rel.contains("noopener"));
		assertThat(page.select("img").attr("src")).isEqualTo("/media/news/opening.jpg");
		assertThat(page.select("img").attr("alt")).isEqualTo("合影");
	}

	@Test
	void aTopLevelHeadingKeepsItsTextButNotItsTag() {
		Document page = Jsoup.parseBodyFragment(this.renderer.render("# 标题"));
		assertThat(page.select("h1")).isEmpty();
		assertThat(page.body().text()).isEqualTo("标题");
	}

	@Test
	void noTextGivesNoHtml() {
		assertThat(this.renderer.render(null)).isEmpty();
		assertThat(this.renderer.render("  \n")).isEmpty();
	}

}
