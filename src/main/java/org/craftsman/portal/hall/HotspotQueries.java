package org.craftsman.portal.hall;

import org.craftsman.portal.media.MediaKind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.craftsman.portal.common.PublicReads;
import org.craftsman.portal.common.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public reads of the online hall, and its visit counter. A page of hotspots joins
 * its zone and result in one statement.
 */
@Repository
public class HotspotQueries {

	private static final String COLUMNS = """
			SELECT h.id, h.title, h.title_en, h.description, h.description_en, h.media_kind, h.media_ref,
			       h.poster_ref, h.visit_count, a.id AS area_id, a.name AS area_name, a.name_en AS area_name_en,
			       r.id AS result_id, r.title AS result_title, r.title_en AS result_title_en
			FROM online_hotspots h
			JOIN exhibition_areas a ON a.id = h.area_id
			LEFT JOIN innovation_results r ON r.id = h.result_id AND r.published
			""";

	private final JdbcClient jdbc;

	/** Reads from the replica when one keeps up ({@link PublicReads}). */
	HotspotQueries(PublicReads reads) {
		this.jdbc = reads.jdbc();
	}

	/** How many hotspots of each media kind, in one zone or in the whole hall. */
	public Map<MediaKind, Long> countsByKind(Long areaId) {
		Map<MediaKind, Long> counts = new EnumMap<>(MediaKind.class);
		for (MediaKind kind : MediaKind.values()) {
			counts.put(kind, 0L);
		}
		this.jdbc
			.sql("SELECT media_kind, count(*) AS hotspots FROM online_hotspots"
					+ ((areaId != null) ? " WHERE area_id = :area" : "") + " GROUP BY media_kind")
			.params((areaId != null) ? Map.of("area", areaId) : Map.of())
			.query((row) -> {
				counts.put(MediaKind.valueOf(row.getString("media_kind")), row.getLong("hotspots"));
			});
		return counts;
	}

	/**
	 * A page of hotspots of one kind (or all), in one zone (or all), in display order;
	 * {@code total} is known from {@link #countsByKind}.
	 */
	public Page<HotspotCard> page(MediaKind kind, Long areaId, Paging paging, long total) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" WHERE true");
		if (kind != null) {
			where.append(" AND h.media_kind = :kind");
			params.put("kind", kind.name());
		}
		if (areaId != null) {
			where.append(" AND h.area_id = :area");
			params.put("area", areaId);
		}
		Paging page = paging.within(total);
		List<HotspotCard> items = this.jdbc
			.sql(COLUMNS + where + " ORDER BY h.display_order, h.area_id, h.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(HotspotQueries::item)
			.list();
		return page.of(items, total);
	}

	public Optional<HotspotCard> find(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE h.id = ?").param(id).query(HotspotQueries::item).optional();
	}

	/** The hotspots that present a result. */
	public List<HotspotCard> forResult(long resultId) {
		return this.jdbc.sql(COLUMNS + " WHERE h.result_id = ? ORDER BY h.display_order, h.id")
			.param(resultId)
			.query(HotspotQueries::item)
			.list();
	}

	/**
	 * The hotspots that follow this one in its zone, starting over at the zone's first.
	 */
	public List<HotspotCard> following(HotspotCard hotspot, int limit) {
		return this.jdbc.sql(COLUMNS + """
				WHERE h.area_id = :area AND h.id <> :id
				ORDER BY (h.display_order, h.id) < (SELECT display_order, id FROM online_hotspots WHERE id = :id),
				         h.display_order, h.id
				LIMIT :limit""")
			.param("area", hotspot.areaId())
			.param("id", hotspot.id())
			.param("limit", limit)
			.query(HotspotQueries::item)
			.list();
	}

	private static HotspotCard item(ResultSet row, int rowNum) throws SQLException {
		return new HotspotCard(row.getLong("id"), row.getString("title"), row.getString("title_en"),
				row.getString("description"), row.getString("description_en"),
				MediaKind.valueOf(row.getString("media_kind")), row.getString("media_ref"), row.getString("poster_ref"),
				row.getLong("area_id"), row.getString("area_name"), row.getString("area_name_en"),
				row.getObject("result_id", Long.class), row.getString("result_title"), row.getString("result_title_en"),
				row.getLong("visit_count"));
	}

}
