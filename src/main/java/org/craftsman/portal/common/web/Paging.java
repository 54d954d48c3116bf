package org.craftsman.portal.common.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * The page a list shows, read from the {@code page} (counted from 1) and {@code size}
 * query parameters. Whatever a visitor types there gives a sane page: values that are not
 * numbers, too small or too large are brought into range rather than refused.
 *
 * @param page the page number, from 1
 * @param size how many items a page shows
 */
public record Paging(int page, int size) {

	/** Beyond this no one pages by hand; it also keeps offsets far from overflowing. */
	private static final int MAX_PAGE = 100_000;

	public static Paging of(String page, String size, int defaultSize, int maxSize) {
		int number = Math.min(parse(page, 1), MAX_PAGE);
		int perPage = Math.min(parse(size, defaultSize), maxSize);
		return new Paging(Math.max(number, 1), (perPage >= 1) ? perPage : defaultSize);
	}

	/** This page, or the last page there is when this one lies beyond the end. */
	public Paging within(long total) {
		long pages = Math.max(1, (total + this.size - 1) / this.size);
		return (this.page > pages) ? new Paging((int) pages, this.size) : this;
	}

	public int offset() {
		return (this.page - 1) * this.size;
	}

	public <T> Page<T> of(List<T> items, long total) {
		return new PageImpl<>(items, PageRequest.of(this.page - 1, this.size), total);
	}

	private static int parse(String value, int fallback) {
		if (value == null || value.isBlank() || value.length() > 9) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
