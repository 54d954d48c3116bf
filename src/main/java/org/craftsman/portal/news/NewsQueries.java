package org.craftsman.portal.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.craftsman.portal.common.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public reads of news articles. Readers see an article once it is published and its
 * publication time has come, by the database's clock, so that an article scheduled ahead
 * appears at its time on every node, without a restart.
 */
@Repository
public class NewsQueries {

	private static final String COLUMNS = """
			SELECT n.id, n.slug, n.title, n.title_en, n.summary, n.summary_en, n.cover_ref, n.cover_alt,
			       n.cover_alt_en, n.tags, n.tags_en, n.author, n.author_en, n.status, n.published_at, n.updated_at
			FROM news_articles n
			""";

	/** What readers see: published and due. */
	static final String VISIBLE = "n.status = 'PUBLISHED' AND n.published_at <= now()";

	private static final String ORDER = " ORDER BY n.published_at DESC, n.id DESC";

	private static final String WITH_TAG = " AND CAST(:tag AS text) = ANY (string_to_array(n.tags, ','))";

	private final JdbcClient jdbc;

	NewsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the visible articles, newest first, with a tag when one is given. */
	public Page<ArticleCard> page(String tag, Paging paging) {
		String filter = " WHERE " + VISIBLE + ((tag != null) ? WITH_TAG : "");
		JdbcClient.StatementSpec count = this.jdbc.sql("SELECT count(*) FROM news_articles n" + filter);
		if (tag != null) {
			count = count.param("tag", tag);
		}
		long total = count.query(Long.class).single();
		Paging within = paging.within(total);
		JdbcClient.StatementSpec rows = this.jdbc.sql(COLUMNS + filter + ORDER + " LIMIT :limit OFFSET :offset")
			.param("limit", within.size())
			.param("offset", within.offset());
		if (tag != null) {
			rows = rows.param("tag", tag);
		}
		return within.of(rows.query(NewsQueries::card).list(), total);
	}

	/** The latest visible articles, newest first. */
	public List<ArticleCard> latest(int limit) {
		return this.jdbc.sql(COLUMNS + " WHERE " + VISIBLE + ORDER + " LIMIT ?")
			.param(limit)
			.query(NewsQueries::card)
			.list();
	}

	/** A visible article by its address. */
	public Optional<ArticleCard> find(String slug) {
		return this.jdbc.sql(COLUMNS + " WHERE n.slug = ? AND " + VISIBLE)
			.param(slug)
			.query(NewsQueries::card)
			.optional();
	}

	/** Any article, visible or not, for an organizer's preview. */
	public Optional<ArticleCard> findAny(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE n.id = ?").param(id).query(NewsQueries::card).optional();
	}

	/** An article's Markdown text: Chinese and English (null when it has none). */
	public Optional<String[]> body(long id) {
		return this.jdbc.sql("SELECT body, body_en FROM news_articles WHERE id = ?")
			.param(id)
			.query((row, n) -> new String[] { row.getString("body"), row.getString("body_en") })
			.optional();
	}

	/**
	 * The tags of the visible articles, the most used first, each with its English name
	 * (the first one given).
	 */
	public List<ArticleTag> tags() {
		return this.jdbc.sql("""
				SELECT t.name, (array_agg(nullif(t.name_en, '') ORDER BY n.id)
				                FILTER (WHERE nullif(t.name_en, '') IS NOT NULL))[1] AS name_en
				FROM news_articles n,
				     unnest(string_to_array(n.tags, ','), string_to_array(n.tags_en, ',')) AS t(name, name_en)
				WHERE t.name IS NOT NULL""" + " AND " + VISIBLE + " GROUP BY t.name ORDER BY count(*) DESC, t.name")
			.query((row, n) -> new ArticleTag(row.getString("name"), row.getString("name_en")))
			.list();
	}

	private static ArticleCard card(ResultSet row, int rowNum) throws SQLException {
		return new ArticleCard(row.getLong("id"), row.getString("slug"), row.getString("title"),
				row.getString("title_en"), row.getString("summary"), row.getString("summary_en"),
				row.getString("cover_ref"), row.getString("cover_alt"), row.getString("cover_alt_en"),
				ArticleTag.of(row.getString("tags"), row.getString("tags_en")), row.getString("author"),
				row.getString("author_en"), ArticleStatus.valueOf(row.getString("status")),
				instant(row, "published_at"), instant(row, "updated_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
