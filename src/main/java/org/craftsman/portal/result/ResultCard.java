package org.craftsman.portal.result;

import java.util.ArrayList;
import java.util.List;

import org.craftsman.portal.common.Vocabulary;

/**
 * A result as the public pages show it: on a card in a list, or in full on its own page.
 *
 * @param id the result's id
 * @param code its registration code
 * @param title its Chinese title
 * @param titleEn its English title, when there is one
 * @param summary its Chinese summary
 * @param summaryEn its English summary, when there is one
 * @param category its industry category (Chinese name)
 * @param region its region (Chinese name)
 * @param innovators its innovators, separated by
 * {@link InnovationResult#INNOVATOR_SEPARATOR}
 * @param innovatorsEn its innovators in English, separated by commas
 * @param organizationId the innovators' organization
 * @param organizationName the organization's Chinese name
 * @param organizationNameEn the organization's English name
 * @param areaId where it is exhibited
 * @param areaName the area's Chinese name
 * @param areaNameEn the area's English name
 * @param likeCount likes so far
 * @param visitCount visits so far
 * @param featured whether organizers feature it
 * @param signed whether it has been signed over by at least one contract
 * @param imageRef the picture organizers uploaded, if any
 */
public record ResultCard(long id, String code, String title, String titleEn, String summary, String summaryEn,
		String category, String region, String innovators, String innovatorsEn, long organizationId,
		String organizationName, String organizationNameEn, long areaId, String areaName, String areaNameEn,
		long likeCount, long visitCount, boolean featured, boolean signed, String imageRef) {

	private static final List<String> CATEGORY_ORDER = new ArrayList<>(Vocabulary.CATEGORIES.keySet());

	/** Its own picture, else the picture of its category. */
	public String poster() {
		return hasImage() ? this.imageRef : categoryPoster();
	}

	/** Whether organizers uploaded a picture for it, shown whole rather than cropped. */
	public boolean hasImage() {
		return this.imageRef != null && !this.imageRef.isBlank();
	}

	/** The picture of its category: one of the conference posters. */
	public String categoryPoster() {
		int index = Math.max(0, CATEGORY_ORDER.indexOf(this.category));
		return String.format("/media/category-%02d.svg", 1 + index % 12);
	}

}
