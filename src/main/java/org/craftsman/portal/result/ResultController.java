package org.craftsman.portal.result;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.craftsman.portal.area.AreaOption;
import org.craftsman.portal.area.AreaQueries;
import org.craftsman.portal.common.Vocabulary;
import org.craftsman.portal.common.web.Localized;
import org.craftsman.portal.common.web.Paging;
import org.craftsman.portal.common.web.QrCodes;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

@Controller
class ResultController {

	static final int PAGE_SIZE = 12;

	static final int MAX_PAGE_SIZE = 60;

	private final ResultService results;

	private final AreaQueries areas;

	private final Localized localized;

	private final BrowserIds browserIds;

	private final LikeLimits limits;

	private final MessageSource messages;

	private final QrCodes qr;

	ResultController(ResultService results, AreaQueries areas, Localized localized, BrowserIds browserIds,
			LikeLimits limits, MessageSource messages, QrCodes qr) {
		this.qr = qr;
		this.results = results;
		this.areas = areas;
		this.localized = localized;
		this.browserIds = browserIds;
		this.limits = limits;
		this.messages = messages;
	}

	/** A published result's QR code: {@code qr.svg} or {@code qr.png}. */
	@GetMapping("/results/{id}/qr.{format}")
	ResponseEntity<byte[]> qrCode(@PathVariable long id, @PathVariable String format) {
		if (!this.results.published(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.qr.scanImage("/results/" + id, format);
	}

	@GetMapping("/results")
	String list(ResultParams params, Model model) {
		ResultFilter filter = ResultFilter.of(params.q(), params.area(), params.org(), params.category(),
				params.region(), params.signed(), params.sort());
		Paging paging = Paging.of(params.page(), params.size(), PAGE_SIZE, MAX_PAGE_SIZE);
		List<AreaOption> areas = this.areas.withResults();
		model.addAttribute("filter", filter);
		model.addAttribute("results", this.results.search(filter, paging, this.localized.isEnglish()));
		model.addAttribute("areaOptions", AreaOptionList.html(areas, filter.area(), this.localized));
		model.addAttribute("selectedArea",
				areas.stream()
					.filter((a) -> filter.area() != null && a.id() == filter.area())
					.findFirst()
					.orElse(null));
		model.addAttribute("categories", Vocabulary.CATEGORIES.keySet());
		model.addAttribute("regions", regionChoices(filter));
		model.addAttribute("sorts", filter.searching() ? List.of(ResultSort.values())
				: List.of(ResultSort.NEWEST, ResultSort.LIKES, ResultSort.TITLE));
		return "results/list";
	}

	/**
	 * This browser's view of a result's likes, for the page's script: the count of this
	 * moment and whether it liked the result. Never kept by any cache.
	 */
	@GetMapping(path = "/results/{id}/like", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> likeState(@PathVariable long id, HttpServletRequest request) {
		long likes = this.results.likeCount(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(Map.of("likes", likes, "liked", this.results.likedBy(id, request)));
	}

	/**
	 * One like per browser. A script asking for JSON gets the new count; a plain form is
	 * sent back to the result. Likes carry no token; likes sent from other sites are
	 * refused before they get here ({@code security.CrossSiteRequests}).
	 */
	@PostMapping("/results/{id}/like")
	Object like(@PathVariable long id, @RequestHeader(name = "Accept", required = false) String accept,
			HttpServletRequest request, HttpServletResponse response) {
		String client = request.getRemoteAddr();
		if (!this.limits.allowLike(client)) {
			throw new TooManyLikesException(id);
		}
		UUID browser = this.browserIds.of(request).orElseGet(() -> newBrowserId(id, client, request, response));
		ResultCounters.Like like = this.results.like(id, browser)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (wantsJson(accept)) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("likes", like.likes(), "liked", true, "counted", like.counted()));
		}
		return "redirect:/results/" + id + "?liked#like";
	}

	private UUID newBrowserId(long resultId, String client, HttpServletRequest request, HttpServletResponse response) {
		if (!this.limits.allowNewId(client)) {
			throw new TooManyLikesException(resultId);
		}
		return this.browserIds.issue(request, response);
	}

	/**
	 * Over the limit: the script gets the reason to show beside the button, a plain form
	 * a page with the way back to the result.
	 */
	@ExceptionHandler(TooManyLikesException.class)
	Object tooManyLikes(TooManyLikesException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "60");
		if (wantsJson(request.getHeader(HttpHeaders.ACCEPT))) {
			String message = this.messages.getMessage("result.like.tooMany", null, LocaleContextHolder.getLocale());
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", "too-many-likes", "message", message));
		}
		ModelAndView page = new ModelAndView("results/too-many-likes", HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("resultId", ex.resultId());
		return page;
	}

	/** Regions with results, and the chosen one even when it has none. */
	private List<String> regionChoices(ResultFilter filter) {
		List<String> regions = new java.util.ArrayList<>(this.results.regions());
		if (filter.region() != null && !regions.contains(filter.region())) {
			regions.add(0, filter.region());
		}
		return regions;
	}

	private static boolean wantsJson(String accept) {
		if (accept == null) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> !type.isWildcardType() && MediaType.APPLICATION_JSON.isCompatibleWith(type));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * The list's query parameters, as typed: {@link ResultFilter} makes sense of them.
	 */
	record ResultParams(String q, String area, String org, String category, String region, String signed, String sort,
			String page, String size) {

	}

}
