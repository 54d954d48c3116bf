package org.craftsman.portal.hall.admin;

import java.util.List;

import org.craftsman.portal.admin.Suggestion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the fields that name a hotspot: hotspots by number or title (Chinese or
 * English), the exact number first; each says its zone and whether it stands in a scene.
 */
@RestController
class HotspotLookupController {

	private final JdbcClient jdbc;

	HotspotLookupController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/lookup/hotspots")
	List<Suggestion> hotspots(@RequestParam(name = "q", required = false) String search) {
		String text = (search != null) ? search.strip() : "";
		if (text.isEmpty() || text.length() > 100) {
			return List.of();
		}
		String pattern = "%"
				+ text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return this.jdbc
			.sql("""
					SELECT h.id, h.title, a.code, s.code AS scene
					FROM online_hotspots h JOIN exhibition_areas a ON a.id = h.area_id
					LEFT JOIN hall_hotspot_places p ON p.hotspot_id = h.id LEFT JOIN hall_scenes s ON s.id = p.scene_id
					WHERE h.id::text = :exact OR lower(h.title) LIKE :q ESCAPE '\\' OR lower(coalesce(h.title_en, '')) LIKE :q ESCAPE '\\'
					ORDER BY h.id::text = :exact DESC, h.id
					LIMIT :limit""")
			.param("exact", text)
			.param("q", pattern)
			.param("limit", Suggestion.LIMIT)
			.query((row, n) -> new Suggestion(String.valueOf(row.getLong("id")),
					row.getString("title") + " · " + row.getString("code")
							+ ((row.getString("scene") != null) ? " · " + row.getString("scene") : "")))
			.list();
	}

}
