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
 * @param recipients how many published recipients it has
 * @param lines its first recipients in rank order (all of them, or as many as the page
 * shows)
 */
public record AwardCard(long id, String code, String name, String nameEn, RecipientKind recipientKind, long recipients,
		List<AnnouncementCard> lines) {

	/** Whether some recipients are not among {@link #lines()}. */
	public boolean more() {
		return this.recipients > this.lines.size();
	}

}
