package org.craftsman.portal.news;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.craftsman.portal.area.AreaCard;
import org.craftsman.portal.area.AreaQueries;
import org.craftsman.portal.common.web.Localized;
import org.craftsman.portal.result.ResultCard;
import org.craftsman.portal.result.ResultQueries;

import org.springframework.stereotype.Service;

/**
 * Puts an article's page together: its text in the reader's language (the Chinese when it
 * has no English version), rendered to safe HTML, and the records it links to as cards. A
 * link to a record readers cannot see (an unpublished result) shows no card.
 */
@Service
public class NewsService {

	/** Cards shown below an article, at most, of each kind. */
	static final int MOST_CARDS = 12;

	private final NewsQueries news;

	private final MarkdownRenderer markdown;

	private final ResultQueries results;

	private final AreaQueries areas;

	private final Localized l10n;

	NewsService(NewsQueries news, MarkdownRenderer markdown, ResultQueries results, AreaQueries areas, Localized l10n) {
		this.news = news;
		this.markdown = markdown;
		this.results = results;
		this.areas = areas;
		this.l10n = l10n;
	}

	/** A visible article's page. */
	public Optional<ArticlePage> article(String slug) {
		return this.news.find(slug).map((article) -> page(article, false));
	}

	/** Any article's page as an organizer previews it. */
	public Optional<ArticlePage> preview(long id) {
		return this.news.findAny(id).map((article) -> page(article, true));
	}

	/** An article's text in the reader's language as safe HTML. */
	public String html(ArticleCard article) {
		return this.markdown.render(text(article));
	}

	private ArticlePage page(ArticleCard article, boolean preview) {
		String text = text(article);
		ArticleMentions mentions = ArticleMentions.of(text);
		List<ResultCard> resultCards = mentions.results()
			.stream()
			.limit(MOST_CARDS)
			.map(this.results::find)
			.flatMap(Optional::stream)
			.toList();
		List<AreaCard> areaCards = mentions.areas()
			.stream()
			.limit(MOST_CARDS)
			.map(this.areas::find)
			.flatMap(Optional::stream)
			.toList();
		boolean inChinese = this.l10n.isEnglish() && !article.hasEnglish();
		return new ArticlePage(article, this.markdown.render(text), inChinese, resultCards, areaCards,
				mentions.awards(), preview, article.visibleAt(Instant.now()));
	}

	private String text(ArticleCard article) {
		String[] body = this.news.body(article.id()).orElse(new String[] { "", null });
		return (this.l10n.isEnglish() && article.hasEnglish()) ? Objects.requireNonNullElse(body[1], body[0]) : body[0];
	}

}
