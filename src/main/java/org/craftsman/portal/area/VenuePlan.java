package org.craftsman.portal.area;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The venue's floor plan as the areas pages draw it: its halls, the offline areas placed
 * in them (in metres from the plan's top-left corner) and the legend of their themes.
 *
 * @param width the plan's width in metres
 * @param height the plan's height in metres
 * @param halls the halls, in display order
 * @param areas the placed areas, in floor-plan order
 * @param themes the legend: one entry per colour
 */
public record VenuePlan(int width, int height, List<PlanHall> halls, List<PlanArea> areas, List<PlanTheme> themes) {

	/** Space around the halls, in metres. */
	static final int MARGIN = 4;

	public boolean isEmpty() {
		return this.areas.isEmpty();
	}

	/** The SVG view box of the whole plan. */
	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/** The view box of the hall an area is in, with some space around it. */
	public String viewBoxAround(long areaId) {
		PlanArea area = area(areaId);
		if (area == null) {
			return viewBox();
		}
		for (PlanHall hall : this.halls) {
			if (hall.id() == area.hallId()) {
				return (hall.x() - MARGIN) + " " + (hall.y() - MARGIN - 4) + " " + (hall.width() + 2 * MARGIN) + " "
						+ (hall.height() + 2 * MARGIN + 4);
			}
		}
		return viewBox();
	}

	/** The halls as the choices of a select: code to "code · name". */
	public java.util.Map<String, String> hallChoices() {
		java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
		this.halls.forEach((hall) -> choices.put(hall.code(), hall.code() + " · " + hall.name()));
		return choices;
	}

	public PlanArea area(long areaId) {
		return this.areas.stream().filter((area) -> area.id() == areaId).findFirst().orElse(null);
	}

	/**
	 * The areas a search picks: by code (A01, a01) or by part of a name in either
	 * language; none for a blank search.
	 */
	public Set<Long> matching(String search) {
		if (search == null || search.isBlank()) {
			return Set.of();
		}
		String term = search.strip().toLowerCase(Locale.ROOT);
		return this.areas.stream()
			.filter((area) -> area.code().equalsIgnoreCase(term) || area.name().toLowerCase(Locale.ROOT).contains(term)
					|| (area.nameEn() != null && area.nameEn().toLowerCase(Locale.ROOT).contains(term)))
			.map(PlanArea::id)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/**
	 * A hall of the plan.
	 *
	 * @param id its id
	 * @param code its code
	 * @param name its Chinese name
	 * @param nameEn its English name
	 * @param x its left edge
	 * @param y its top edge
	 * @param width its width
	 * @param height its height
	 */
	public record PlanHall(long id, String code, String name, String nameEn, int x, int y, int width, int height) {

	}

	/**
	 * An offline area where it stands, in the plan's coordinates.
	 *
	 * @param id its id
	 * @param code its code, written on its shape
	 * @param name its Chinese name
	 * @param nameEn its English name
	 * @param hallId the hall it is in
	 * @param x its left edge
	 * @param y its top edge
	 * @param width its width
	 * @param height its height
	 * @param colour the legend entry it is coloured by
	 */
	public record PlanArea(long id, String code, String name, String nameEn, long hallId, int x, int y, int width,
			int height, int colour) {

		/** Where its code is written: the middle of its shape. */
		public double labelX() {
			return this.x + this.width / 2.0;
		}

		public double labelY() {
			return this.y + this.height / 2.0;
		}

	}

	/**
	 * A colour of the legend: a theme several areas share, or every other theme together.
	 *
	 * @param colour its index in the plan's palette
	 * @param name the theme in Chinese, or null for the other themes
	 * @param nameEn the theme in English
	 * @param areas how many areas have this colour
	 */
	public record PlanTheme(int colour, String name, String nameEn, int areas) {

		public boolean others() {
			return this.name == null;
		}

	}

}
