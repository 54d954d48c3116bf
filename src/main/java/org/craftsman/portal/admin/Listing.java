package org.craftsman.portal.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Paging of admin lists. The page number in addresses counts from 1; anything that is not
 * a sensible page number shows the first page rather than an error.
 */
public final class Listing {

	public static final int PAGE_SIZE = 25;

	private static final int MAX_PAGE = 100_000;

	private Listing() {
	}

	public static Pageable pageable(String page) {
		return PageRequest.of(pageIndex(page), PAGE_SIZE);
	}

	public static int pageIndex(String page) {
		if (page == null || !page.matches("\\d{1,6}")) {
			return 0;
		}
		return Math.max(0, Math.min(Integer.parseInt(page), MAX_PAGE) - 1);
	}

	/** A search text as the admin queries take it: lower case, LIKE wildcards escaped. */
	public static String likePattern(String search) {
		String text = (search != null) ? search.strip() : "";
		if (text.length() > 200) {
			text = text.substring(0, 200);
		}
		String escaped = text.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/** Where a page stands, with links that keep the current address's other filters. */
	public static Pager pager(Page<?> page) {
		String base = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page")
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
		return new Pager(page.getNumber() + 1, Math.max(1, page.getTotalPages()), page.getTotalElements(), base);
	}

	/**
	 * Where a list stands: the current page (from 1), how many there are, and which page
	 * numbers to offer.
	 *
	 * @param current the page shown, from 1
	 * @param total how many pages there are (at least 1)
	 * @param items how many items in all
	 * @param base the list's address without a page number
	 */
	public record Pager(int current, int total, long items, String base) {

		public String url(int number) {
			return this.base + (this.base.contains("?") ? "&" : "?") + "page=" + number;
		}

		/** The first, the last and the pages around the current one; 0 marks a gap. */
		public List<Integer> numbers() {
			List<Integer> numbers = new ArrayList<>();
			for (int n = 1; n <= this.total; n++) {
				boolean near = Math.abs(n - this.current) <= 2;
				if (n == 1 || n == this.total || near) {
					numbers.add(n);
				}
				else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != 0) {
					numbers.add(0);
				}
			}
			return numbers;
		}

		public boolean hasPrevious() {
			return this.current > 1;
		}

		public boolean hasNext() {
			return this.current < this.total;
		}

	}

}
