package org.craftsman.portal.area;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.craftsman.portal.common.PublicReads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public reads of exhibition areas, each with its counts of results and hotspots, in
 * one statement. The results of an area are counted by the summary the triggers keep
 * ({@code result_group_totals}), not by counting its rows on every read.
 */
@Repository
public class AreaQueries {

	private static final String COLUMNS = """
			SELECT a.id, a.code, a.name, a.name_en, a.kind, a.hall, a.hall_en, a.floor_area, a.theme, a.theme_en,
			       a.description, a.description_en,
			       coalesce(g.results, 0) AS results,
			       (SELECT count(*) FROM online_hotspots h WHERE h.area_id = a.id) AS hotspots
			FROM exhibition_areas a
			LEFT JOIN result_group_totals g ON g.dimension = 'area' AND g.group_key = a.id::text
			""";

	private final JdbcClient jdbc;

	/** Reads from the replica when one keeps up ({@link PublicReads}). */
	AreaQueries(PublicReads reads) {
		this.jdbc = reads.jdbc();
	}

	/**
	 * Every area: the offline areas in floor-plan order, then the zones of the online
	 * hall.
	 */
	public List<AreaCard> all() {
		return this.jdbc.sql(COLUMNS + " ORDER BY a.kind, a.display_order, a.id").query(AreaQueries::item).list();
	}

	/**
	 * The areas that exhibit published results, in the order of {@link #all()}, as the
	 * choices of a filter.
	 */
	public List<AreaOption> withResults() {
		return this.jdbc.sql("""
				SELECT a.id, a.code, a.name, a.name_en FROM exhibition_areas a
				JOIN result_group_totals g ON g.dimension = 'area' AND g.group_key = a.id::text AND g.results > 0
				ORDER BY a.kind, a.display_order, a.id""")
			.query((row, n) -> new AreaOption(row.getLong("id"), row.getString("code"), row.getString("name"),
					row.getString("name_en")))
			.list();
	}

	public List<AreaCard> online() {
		return this.jdbc.sql(COLUMNS + " WHERE a.kind = 'ONLINE' ORDER BY a.display_order, a.id")
			.query(AreaQueries::item)
			.list();
	}

	public Optional<AreaCard> find(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE a.id = ?").param(id).query(AreaQueries::item).optional();
	}

	private static AreaCard item(ResultSet row, int rowNum) throws SQLException {
		return new AreaCard(row.getLong("id"), row.getString("code"), row.getString("name"), row.getString("name_en"),
				AreaKind.valueOf(row.getString("kind")), row.getString("hall"), row.getString("hall_en"),
				row.getBigDecimal("floor_area"), row.getString("theme"), row.getString("theme_en"),
				row.getString("description"), row.getString("description_en"), row.getLong("results"),
				row.getLong("hotspots"));
	}

}
