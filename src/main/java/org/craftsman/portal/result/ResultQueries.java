package org.craftsman.portal.result;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.craftsman.portal.common.PublicReads;
import org.craftsman.portal.common.Vocabulary;
import org.craftsman.portal.common.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public reads of results, in SQL: the search and the lists join what a card shows in
 * one statement, so a page of results costs a count and one query whatever its size. The
 * count of a list filtered by at most one grouping comes from the summaries the triggers
 * keep ({@code result_group_totals}, {@code dashboard_counters}) instead of counting
 * rows; a search counts its matches in {@code result_search}, which holds published
 * results only.
 */
@Repository
public class ResultQueries {

	/**
	 * What a card shows. Cards in lists show {@code like_count} alone, which lags the
	 * likes still in {@code result_like_shards} by at most one fold (see
	 * {@link LikeFold}); the result's own page adds the shards and is exact.
	 */
	private static final String SELECTED_WITH_LIKES = """
			SELECT r.id, r.code, r.title, r.title_en, r.summary, r.summary_en, r.category, r.region,
			       r.innovators, r.innovators_en, %s AS like_count, r.visit_count, r.featured, r.image_ref,
			       o.id AS organization_id, o.name AS organization_name, o.name_en AS organization_name_en,
			       a.id AS area_id, a.name AS area_name, a.name_en AS area_name_en,
			       EXISTS (SELECT 1 FROM transformation_contracts c WHERE c.result_id = r.id) AS signed
			""";

	private static final String SELECTED = SELECTED_WITH_LIKES.formatted("r.like_count");

	private static final String CARD_JOINS = """
			JOIN organizations o ON o.id = r.organization_id
			JOIN exhibition_areas a ON a.id = r.area_id
			""";

	/**
	 * Columns map to the card's components by name ({@code like_count} to
	 * {@code likeCount}).
	 */
	private static final RowMapper<ResultCard> CARD = new DataClassRowMapper<>(ResultCard.class);

	private static final String COLUMNS = SELECTED + "FROM innovation_results r\n" + CARD_JOINS;

	/** One result's card, with its exact like count. */
	private static final String ONE = SELECTED_WITH_LIKES.formatted(ResultCounters.LIKES_OF_R)
			+ "FROM innovation_results r\n" + CARD_JOINS + " WHERE r.published AND r.id = ?";

	private static final String SEARCHED = " JOIN result_search s ON s.result_id = r.id";

	/** The cards of a page's ids, in the ids' order. */
	private static final String PAGE_IN_ORDER = "JOIN innovation_results r ON r.id = page.id\n" + CARD_JOINS
			+ "ORDER BY page.n";

	private static final String MATCHES = "s.search_vector @@ search.query";

	/** Reads the lists: from the replica when one keeps up ({@link PublicReads}). */
	private final JdbcClient jdbc;

	/** Reads one result for its page, which must show the visitor's own like at once. */
	private final JdbcClient primary;

	ResultQueries(JdbcClient jdbc, PublicReads reads) {
		this.primary = jdbc;
		this.jdbc = reads.jdbc();
	}

	/** A page of the results the filter asks for, with the total count. */
	public Page<ResultCard> list(ResultFilter filter, Paging paging, boolean english) {
		Criteria criteria = Criteria.of(filter);
		if (filter.searching()) {
			return search(filter, criteria, paging, english);
		}
		long total = count(filter, criteria);
		Paging page = paging.within(total);
		List<ResultCard> items = this.jdbc
			.sql(SELECTED + "FROM unnest(ARRAY(" + ids(filter, criteria, english, "")
					+ ")) WITH ORDINALITY AS page(id, n)\n" + PAGE_IN_ORDER)
			.params(criteria.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(CARD)
			.list();
		return page.of(items, total);
	}

	/**
	 * A search counts its matches in the statement that sorts them: the matches are read
	 * once, for the count and the page alike. A page beyond the last asks again for the
	 * last.
	 */
	private Page<ResultCard> search(ResultFilter filter, Criteria criteria, Paging paging, boolean english) {
		List<long[]> rows = this.jdbc.sql(ids(filter, criteria, english, ", count(*) OVER () AS total"))
			.params(criteria.params())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((row, n) -> new long[] { row.getLong("id"), row.getLong("total") })
			.list();
		if (rows.isEmpty() && paging.page() > 1) {
			Paging last = paging.within(count(filter, criteria));
			return (last.page() < paging.page()) ? search(filter, criteria, last, english) : last.of(List.of(), 0);
		}
		long total = rows.isEmpty() ? 0 : rows.get(0)[1];
		return paging.of(cards(rows.stream().map((row) -> row[0]).toList()), total);
	}

	/**
	 * The page's ids, in order, from the results (and their search rows) alone: a search
	 * with thousands of matches sorts them without joining each to its organization and
	 * area.
	 */
	private static String ids(ResultFilter filter, Criteria criteria, boolean english, String extra) {
		return "SELECT r.id" + extra + " FROM innovation_results r" + (filter.searching() ? SEARCHED : "")
				+ criteria.join() + criteria.where() + orderBy(filter, english) + " LIMIT :limit OFFSET :offset";
	}

	/** What the cards of these results show, in the order of the ids. */
	private List<ResultCard> cards(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECTED + "FROM unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS page(id, n)\n" + PAGE_IN_ORDER)
			.param("ids", ids.toArray(Long[]::new))
			.query(CARD)
			.list();
	}

	private long count(ResultFilter filter, Criteria criteria) {
		if (filter.searching() && !filter.narrowed()) {
			return this.jdbc.sql("SELECT count(*) FROM result_search s" + criteria.join() + " WHERE " + MATCHES)
				.params(criteria.params())
				.query(Long.class)
				.single();
		}
		Map<String, Object> groups = new LinkedHashMap<>();
		groups.put("area", filter.area());
		groups.put("organization", filter.organization());
		groups.put("category", filter.category());
		groups.put("region", filter.region());
		groups.values().removeIf(Objects::isNull);
		boolean summarised = !filter.searching() && filter.signed() == null;
		if (summarised && groups.isEmpty()) {
			return this.jdbc.sql("SELECT coalesce(sum(value), 0) FROM dashboard_counters WHERE counter = 'results'")
				.query(Long.class)
				.single();
		}
		if (summarised && groups.size() == 1) {
			Map.Entry<String, Object> group = groups.entrySet().iterator().next();
			return this.jdbc
				.sql("SELECT coalesce(max(results), 0) FROM result_group_totals WHERE dimension = ? AND group_key = ?")
				.params(group.getKey(), group.getValue().toString())
				.query(Long.class)
				.single();
		}
		return this.jdbc
			.sql("SELECT count(*) FROM innovation_results r" + (filter.searching() ? SEARCHED : "") + criteria.join()
					+ criteria.where())
			.params(criteria.params())
			.query(Long.class)
			.single();
	}

	/**
	 * The regions that have published results, in the order of the region vocabulary
	 * (read from the summary table, which holds one row per region).
	 */
	public List<String> regionsWithResults() {
		List<String> order = List.copyOf(Vocabulary.REGIONS.keySet());
		List<String> regions = new ArrayList<>(
				this.jdbc.sql("SELECT group_key FROM result_group_totals WHERE dimension = 'region' AND results > 0")
					.query(String.class)
					.list());
		regions.sort(java.util.Comparator
			.comparingInt((region) -> order.contains(region) ? order.indexOf(region) : order.size()));
		return regions;
	}

	public List<ResultCard> featured(int limit) {
		return this.jdbc
			.sql(COLUMNS + " WHERE r.published AND r.featured ORDER BY r.like_count DESC, r.id DESC LIMIT ?")
			.param(limit)
			.query(CARD)
			.list();
	}

	public List<ResultCard> mostLiked(int limit) {
		return this.jdbc.sql(COLUMNS + " WHERE r.published ORDER BY r.like_count DESC, r.id DESC LIMIT ?")
			.param(limit)
			.query(CARD)
			.list();
	}

	/** A published result's card; its like count is exact (shards included). */
	public Optional<ResultCard> find(long id) {
		return this.primary.sql(ONE).param(id).query(CARD).optional();
	}

	private static String orderBy(ResultFilter filter, boolean english) {
		return switch (filter.sort()) {
			case RELEVANCE -> " ORDER BY " + (filter.terms().hasCode() ? "s.code_key = search.code DESC, " : "")
					+ "ts_rank(s.title_vector, search.query) DESC, r.like_count DESC, r.id DESC";
			case LIKES -> " ORDER BY r.like_count DESC, r.id DESC";
			case TITLE -> english ? " ORDER BY lower(coalesce(r.title_en, r.title)), r.id"
					: " ORDER BY r.title COLLATE portal_pinyin, r.id";
			case NEWEST -> " ORDER BY r.created_at DESC, r.id DESC";
		};
	}

	/**
	 * The filter as SQL: conditions built from fixed fragments, values always bound as
	 * parameters.
	 */
	private record Criteria(String join, String where, Map<String, Object> params) {

		static Criteria of(ResultFilter filter) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> params = new HashMap<>();
			conditions.add("r.published");
			String join = "";
			if (filter.searching()) {
				join = " CROSS JOIN (SELECT " + tsquery(filter.terms(), params) + " AS query"
						+ (filter.terms().hasCode() ? ", CAST(:code AS text) AS code" : "") + ") AS search";
				conditions.add(MATCHES);
			}
			if (filter.area() != null) {
				conditions.add("r.area_id = :area");
				params.put("area", filter.area());
			}
			if (filter.organization() != null) {
				conditions.add("r.organization_id = :organization");
				params.put("organization", filter.organization());
			}
			if (filter.category() != null) {
				conditions.add("r.category = :category");
				params.put("category", filter.category());
			}
			if (filter.region() != null) {
				conditions.add("r.region = :region");
				params.put("region", filter.region());
			}
			if (filter.signed() != null) {
				conditions.add((filter.signed() ? "" : "NOT ")
						+ "EXISTS (SELECT 1 FROM transformation_contracts c WHERE c.result_id = r.id)");
			}
			return new Criteria(join, " WHERE " + String.join(" AND ", conditions), params);
		}

		/**
		 * Chinese tokens must all be present (they are lexemes of the 'simple' index);
		 * English words are stemmed like the 'english' part of the index, and may use web
		 * search syntax ("quoted phrase", -excluded, or). Words that may be a result's
		 * code also find the result of that code, however its dash and case are typed.
		 */
		private static String tsquery(SearchTerms terms, Map<String, Object> params) {
			List<String> parts = new ArrayList<>();
			if (terms.hasChinese()) {
				parts.add("plainto_tsquery('simple', :chinese)");
				params.put("chinese", terms.chinese());
			}
			if (terms.hasEnglish()) {
				parts.add("websearch_to_tsquery('english', :english)");
				params.put("english", terms.english());
			}
			// Words with nothing to look up (only punctuation) match nothing.
			String words = parts.isEmpty() ? "''::tsquery" : String.join(" && ", parts);
			if (!terms.hasCode()) {
				return words;
			}
			// The key holds only letters and digits: as a tsquery it is one exact lexeme.
			params.put("code", terms.code());
			return "(" + words + " || CAST(:code AS tsquery))";
		}

	}

}
