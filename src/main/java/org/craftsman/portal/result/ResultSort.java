package org.craftsman.portal.result;

import java.util.Locale;

/**
 * The orders the results list offers, by their value in the {@code sort} parameter.
 */
public enum ResultSort {

	/** Best match first; only with a search. */
	RELEVANCE,
	/** Newest first. */
	NEWEST,
	/** Most liked first. */
	LIKES,
	/** By title: pinyin order for Chinese, alphabetical for English. */
	TITLE;

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The order asked for, or the default when it is missing or unknown. */
	static ResultSort parse(String value, boolean searching) {
		ResultSort fallback = searching ? RELEVANCE : NEWEST;
		if (value == null) {
			return fallback;
		}
		for (ResultSort sort : values()) {
			if (sort.param().equalsIgnoreCase(value.strip())) {
				return (sort == RELEVANCE && !searching) ? fallback : sort;
			}
		}
		return fallback;
	}

}
