package org.craftsman.portal.showcase;

import java.util.List;

import org.craftsman.portal.area.AreaCard;
import org.craftsman.portal.result.ResultCard;

/**
 * The booth poster of an offline area: the area, with the results it exhibits.
 *
 * @param area the area
 * @param results its published results, most liked first
 */
public record AreaPoster(AreaCard area, List<ResultCard> results) {

}
