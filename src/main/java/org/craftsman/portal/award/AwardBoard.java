package org.craftsman.portal.award;

import java.util.List;

/**
 * An award with its recipients in rank order.
 *
 * @param id the award's id
 * @param code its code
 * @param name its Chinese name
 * @param nameEn its English name
 * @param recipientKind who receives it
 * @param lines the recipients in rank order
 */
public record AwardBoard(long id, String code, String name, String nameEn, RecipientKind recipientKind,
		List<AwardLine> lines) {

}
