package org.craftsman.portal.news;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import org.craftsman.portal.common.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class NewsController {

	static final int PAGE_SIZE = 9;

	/** What an article's address may be; anything else is no article. */
	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final NewsQueries news;

	private final NewsService pages;

	private final NewsFeed feed;

	NewsController(NewsQueries news, NewsService pages, NewsFeed feed) {
		this.news = news;
		this.pages = pages;
		this.feed = feed;
	}

	@GetMapping("/news")
	String list(@RequestParam(name = "tag", required = false) String tag,
			@RequestParam(name = "page", required = false) String page, Model model) {
		String chosen = (tag != null && !tag.isBlank() && tag.strip().length() <= ArticleTag.LONGEST) ? tag.strip()
				: null;
		Page<ArticleCard> articles = this.news.page(chosen, Paging.of(page, null, PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("articles", articles);
		model.addAttribute("tags", this.news.tags());
		model.addAttribute("tag", chosen);
		model.addAttribute("base",
				UriComponentsBuilder.fromPath("/news")
					.queryParamIfPresent("tag", Optional.ofNullable(chosen))
					.encode()
					.build()
					.toUriString());
		return "news/list";
	}

	@GetMapping(path = "/news/feed")
	ResponseEntity<String> feed() {
		return ResponseEntity.ok().contentType(ATOM).body(this.feed.atom());
	}

	@GetMapping("/news/{slug}")
	String article(@PathVariable("slug") String slug, Model model) {
		if (slug.length() > 80 || !SLUG.matcher(slug).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("page",
				this.pages.article(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "news/detail";
	}

}
