package org.craftsman.portal.dashboard;

/**
 * One group of a breakdown, or the row folding all groups beyond the top N ("others").
 *
 * @param key the group's key (an area or organization id, a region or category name), or
 * {@code null} for the others row
 * @param code the area's code, where the group is an area
 * @param name the group's name
 * @param nameEn the group's English name, where it has one
 * @param members how many groups the row stands for (1 unless it is the others row)
 * @param measures what the row counts
 */
public record BreakdownRow(String key, String code, String name, String nameEn, long members, Measures measures) {

	public boolean others() {
		return this.key == null;
	}

}
