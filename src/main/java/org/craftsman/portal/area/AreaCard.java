package org.craftsman.portal.area;

import java.math.BigDecimal;

/**
 * An exhibition area as the public pages show it, with what it exhibits.
 *
 * @param id the area's id
 * @param code its code on the floor plan
 * @param name its Chinese name
 * @param nameEn its English name
 * @param kind offline area or zone of the online hall
 * @param hall the hall it is in (Chinese)
 * @param hallEn the hall in English
 * @param floorArea its floor area in square metres (zero online)
 * @param theme its theme in Chinese
 * @param themeEn its theme in English
 * @param description what visitors find there
 * @param descriptionEn the same in English, if given
 * @param results published results exhibited there
 * @param hotspots online-hall hotspots in it
 */
public record AreaCard(long id, String code, String name, String nameEn, AreaKind kind, String hall, String hallEn,
		BigDecimal floorArea, String theme, String themeEn, String description, String descriptionEn, long results,
		long hotspots) {

	public boolean online() {
		return this.kind == AreaKind.ONLINE;
	}

}
