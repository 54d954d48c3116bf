package org.craftsman.portal.result;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.craftsman.portal.common.Vocabulary;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asked the results list for. Every filter is in the address, so a search
 * can be shared; values that make no sense (an area that is not a number, an unknown
 * category) are left out rather than refused.
 *
 * @param terms the full-text search
 * @param area only results exhibited in this area
 * @param organization only results of this organization
 * @param category only results of this industry category (its Chinese name)
 * @param region only results from this region (its Chinese name)
 * @param signed only results signed over by contract ({@code true}), or only results not
 * yet signed ({@code false})
 * @param sort the order
 */
public record ResultFilter(SearchTerms terms, Long area, Long organization, String category, String region,
		Boolean signed, ResultSort sort) {

	public static final ResultFilter ALL = new ResultFilter(SearchTerms.NONE, null, null, null, null, null,
			ResultSort.NEWEST);

	public static ResultFilter of(String q, String area, String organization, String category, String region,
			String signed, String sort) {
		SearchTerms terms = SearchTerms.parse(q);
		return new ResultFilter(terms, id(area), id(organization), known(category, Vocabulary.CATEGORIES.keySet()),
				known(region, Vocabulary.REGIONS.keySet()), yesOrNo(signed), ResultSort.parse(sort, !terms.isEmpty()));
	}

	public static ResultFilter inArea(long area, ResultSort sort) {
		return new ResultFilter(SearchTerms.NONE, area, null, null, null, null, sort);
	}

	public boolean searching() {
		return !this.terms.isEmpty();
	}

	/** How many filters besides the search narrow the list. */
	public int activeFilters() {
		return (int) Stream.of(this.area, this.organization, this.category, this.region, this.signed)
			.filter(Objects::nonNull)
			.count();
	}

	/** Whether any filter besides the search narrows the list. */
	public boolean narrowed() {
		return this.area != null || this.organization != null || this.category != null || this.region != null
				|| this.signed != null;
	}

	public String q() {
		return this.terms.text();
	}

	/** The address of this list, without a page number. */
	public String url() {
		Map<String, Object> params = new LinkedHashMap<>();
		if (searching()) {
			params.put("q", q());
		}
		params.put("area", this.area);
		params.put("org", this.organization);
		params.put("category", this.category);
		params.put("region", this.region);
		params.put("signed", (this.signed != null) ? (this.signed ? "yes" : "no") : null);
		params.put("sort", (this.sort != ResultSort.parse(null, searching())) ? this.sort.param() : null);
		params.values().removeIf(Objects::isNull);
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/results");
		params.keySet().forEach((name) -> url.queryParam(name, "{" + name + "}"));
		// Values are expanded as URI variables so that every reserved character is
		// encoded.
		return url.encode().buildAndExpand(params).toUriString();
	}

	private static Long id(String value) {
		if (value == null || value.isBlank() || value.length() > 18) {
			return null;
		}
		try {
			long id = Long.parseLong(value.strip());
			return (id > 0) ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String known(String value, java.util.Set<String> vocabulary) {
		return (value != null && vocabulary.contains(value.strip())) ? value.strip() : null;
	}

	private static Boolean yesOrNo(String value) {
		if (value == null) {
			return null;
		}
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "yes", "true", "1" -> Boolean.TRUE;
			case "no", "false", "0" -> Boolean.FALSE;
			default -> null;
		};
	}

}
