package org.craftsman.portal.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.craftsman.portal.area.VenuePlan.PlanArea;
import org.craftsman.portal.area.VenuePlan.PlanHall;
import org.craftsman.portal.area.VenuePlan.PlanTheme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the floor plan: the halls and the placed offline areas, in two statements. A
 * theme that several areas share gets a colour of its own (as many as the palette has);
 * the themes of single areas share one colour, "other themes".
 */
@Repository
public class VenuePlanQueries {

	/** Colours of the palette (CSS classes {@code theme-0} to {@code theme-7}). */
	static final int COLOURS = 8;

	private final JdbcClient jdbc;

	VenuePlanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public VenuePlan plan() {
		List<PlanHall> halls = this.jdbc.sql("""
				SELECT id, code, name, name_en, plan_x, plan_y, plan_width, plan_height FROM venue_halls
				ORDER BY display_order, id""")
			.query((row, n) -> new PlanHall(row.getLong("id"), row.getString("code"), row.getString("name"),
					row.getString("name_en"), row.getInt("plan_x"), row.getInt("plan_y"), row.getInt("plan_width"),
					row.getInt("plan_height")))
			.list();
		List<Placed> placed = this.jdbc.sql("""
				SELECT a.id, a.code, a.name, a.name_en, a.theme, a.theme_en, a.plan_hall_id,
				       h.plan_x + a.plan_x AS x, h.plan_y + a.plan_y AS y, a.plan_width, a.plan_height
				FROM exhibition_areas a JOIN venue_halls h ON h.id = a.plan_hall_id
				WHERE a.kind = 'OFFLINE'
				ORDER BY a.display_order, a.id""")
			.query((row, n) -> new Placed(
					new PlanArea(row.getLong("id"), row.getString("code"), row.getString("name"),
							row.getString("name_en"), row.getLong("plan_hall_id"), row.getInt("x"), row.getInt("y"),
							row.getInt("plan_width"), row.getInt("plan_height"), 0),
					row.getString("theme"), row.getString("theme_en")))
			.list();
		int width = halls.stream().mapToInt((hall) -> hall.x() + hall.width()).max().orElse(0) + VenuePlan.MARGIN;
		int height = halls.stream().mapToInt((hall) -> hall.y() + hall.height()).max().orElse(0) + VenuePlan.MARGIN;
		return colour(width, height, halls, placed);
	}

	private static VenuePlan colour(int width, int height, List<PlanHall> halls, List<Placed> placed) {
		Map<String, Integer> shared = new LinkedHashMap<>();
		Map<String, String> english = new LinkedHashMap<>();
		for (Placed area : placed) {
			if (area.theme() != null) {
				shared.merge(area.theme(), 1, Integer::sum);
				english.putIfAbsent(area.theme(), area.themeEn());
			}
		}
		shared.values().removeIf((count) -> count < 2);
		Map<String, Integer> colours = new LinkedHashMap<>();
		for (String theme : shared.keySet()) {
			if (colours.size() < COLOURS - 1) {
				colours.put(theme, colours.size());
			}
		}
		int others = colours.size();
		List<PlanArea> areas = new ArrayList<>();
		int[] counts = new int[COLOURS];
		for (Placed area : placed) {
			int colour = colours.getOrDefault(Objects.toString(area.theme(), ""), others);
			counts[colour]++;
			PlanArea shape = area.area();
			areas.add(new PlanArea(shape.id(), shape.code(), shape.name(), shape.nameEn(), shape.hallId(), shape.x(),
					shape.y(), shape.width(), shape.height(), colour));
		}
		List<PlanTheme> themes = new ArrayList<>();
		colours
			.forEach((theme, colour) -> themes.add(new PlanTheme(colour, theme, english.get(theme), counts[colour])));
		if (counts[others] > 0) {
			themes.add(new PlanTheme(others, null, null, counts[others]));
		}
		return new VenuePlan(width, height, halls, areas, themes);
	}

	private record Placed(PlanArea area, String theme, String themeEn) {

	}

}
