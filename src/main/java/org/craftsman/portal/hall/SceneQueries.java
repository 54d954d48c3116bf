package org.craftsman.portal.hall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.craftsman.portal.media.MediaKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public reads of the real-scene hall: scenes, their doors and placed hotspots. */
@Repository
public class SceneQueries {

	private static final String COLUMNS = """
			SELECT s.id, s.code, s.title, s.title_en, s.panorama_ref, s.preview_ref, s.initial_yaw, s.initial_pitch,
			       a.id AS area_id, a.name AS area_name, a.name_en AS area_name_en
			FROM hall_scenes s
			LEFT JOIN exhibition_areas a ON a.id = s.area_id
			""";

	private static final String ORDER = " ORDER BY s.display_order, s.id";

	private final JdbcClient jdbc;

	SceneQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every scene, in display order. */
	public List<SceneCard> all() {
		return this.jdbc.sql(COLUMNS + ORDER).query(SceneQueries::scene).list();
	}

	public Optional<SceneCard> find(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE s.id = ?").param(id).query(SceneQueries::scene).optional();
	}

	/** The scene a tour starts in: the first hall-wide scene, else the first scene. */
	public Optional<SceneCard> lobby() {
		return this.jdbc.sql(COLUMNS + " ORDER BY s.area_id IS NOT NULL, s.display_order, s.id LIMIT 1")
			.query(SceneQueries::scene)
			.optional();
	}

	/** The scene holding a hotspot, when it is placed. */
	public Optional<Long> sceneOf(long hotspotId) {
		return this.jdbc.sql("SELECT scene_id FROM hall_hotspot_places WHERE hotspot_id = ?")
			.param(hotspotId)
			.query(Long.class)
			.optional();
	}

	public List<SceneDoor> doors(long sceneId) {
		return this.jdbc.sql("""
				SELECT t.id, t.title, t.title_en, l.yaw, l.pitch
				FROM hall_scene_links l JOIN hall_scenes t ON t.id = l.target_scene_id
				WHERE l.scene_id = ? ORDER BY t.display_order, t.id""")
			.param(sceneId)
			.query((row, n) -> new SceneDoor(row.getLong("id"), row.getString("title"), row.getString("title_en"),
					row.getDouble("yaw"), row.getDouble("pitch")))
			.list();
	}

	/** The hotspots placed in a scene, from left to right as a visitor turns. */
	public List<PlacedHotspot> hotspots(long sceneId) {
		return this.jdbc.sql("""
				SELECT h.id, h.title, h.title_en, h.media_kind, p.yaw, p.pitch
				FROM hall_hotspot_places p JOIN online_hotspots h ON h.id = p.hotspot_id
				WHERE p.scene_id = ? ORDER BY p.yaw, p.pitch DESC, h.id""")
			.param(sceneId)
			.query((row, n) -> new PlacedHotspot(row.getLong("id"), row.getString("title"), row.getString("title_en"),
					MediaKind.valueOf(row.getString("media_kind")), row.getDouble("yaw"), row.getDouble("pitch")))
			.list();
	}

	private static SceneCard scene(ResultSet row, int rowNum) throws SQLException {
		return new SceneCard(row.getLong("id"), row.getString("code"), row.getString("title"),
				row.getString("title_en"), row.getObject("area_id", Long.class), row.getString("area_name"),
				row.getString("area_name_en"), row.getString("panorama_ref"), row.getString("preview_ref"),
				row.getDouble("initial_yaw"), row.getDouble("initial_pitch"));
	}

}
