package org.craftsman.portal.showcase;

import java.util.List;

import org.craftsman.portal.area.AreaCard;
import org.craftsman.portal.result.ResultCard;

/**
 * The booth poster of an offline area: the area, with the results it exhibits.
 *
 * @param area the area
 * @param results its published results, most liked first
 * @param url the area page's address, printed under its QR code
 * @param qrSvg the area's QR code, inline SVG
 * @param resultQrSvgs the results' QR codes, in the order of the results
 */
public record AreaPoster(AreaCard area, List<ResultCard> results, String url, String qrSvg, List<String> resultQrSvgs) {

}
