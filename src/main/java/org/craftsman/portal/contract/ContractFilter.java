package org.craftsman.portal.contract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asked the contracts list for; values that make no sense are left out.
 *
 * @param q words to find in the result's title or the transferee's name
 * @param kind only contracts of this kind
 * @param day only contracts signed on this day
 * @param sort the order
 */
public record ContractFilter(String q, ContractKind kind, LocalDate day, ContractSort sort) {

	static final int MAX_QUERY = 100;

	static ContractFilter of(String q, String kind, String day, String sort) {
		return new ContractFilter(text(q), kind(kind), day(day), ContractSort.parse(sort));
	}

	public boolean narrowed() {
		return this.q != null || this.kind != null || this.day != null;
	}

	/** The address of this list, without a page number. */
	public String url() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", this.q);
		params.put("kind", (this.kind != null) ? this.kind.name() : null);
		params.put("day", this.day);
		params.put("sort", (this.sort != ContractSort.DATE) ? this.sort.param() : null);
		params.values().removeIf(Objects::isNull);
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/contracts");
		params.keySet().forEach((name) -> url.queryParam(name, "{" + name + "}"));
		return url.encode().buildAndExpand(params).toUriString();
	}

	private static String text(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip().replaceAll("[\\p{Cntrl}\\s]+", " ");
		return (text.length() > MAX_QUERY) ? text.substring(0, MAX_QUERY) : text;
	}

	private static ContractKind kind(String value) {
		if (value == null) {
			return null;
		}
		for (ContractKind kind : ContractKind.values()) {
			if (kind.name().equalsIgnoreCase(value.strip())) {
				return kind;
			}
		}
		return null;
	}

	private static LocalDate day(String value) {
		if (value == null || value.isBlank() || value.length() > 10) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The orders the contracts list offers. */
	public enum ContractSort {

		/** Latest signed first. */
		DATE,
		/** Largest amount first. */
		AMOUNT,
		/** By contract number. */
		NUMBER;

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

		static ContractSort parse(String value) {
			for (ContractSort sort : values()) {
				if (value != null && sort.param().equalsIgnoreCase(value.strip())) {
					return sort;
				}
			}
			return DATE;
		}

	}

}
