package org.craftsman.portal.award;

import java.time.LocalDate;

import org.craftsman.portal.common.Vocabulary;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One announced recipient of an award, with the names the public pages link.
 *
 * @param awardId the award
 * @param rank the recipient's place in the announcement
 * @param recipientName a person's Chinese name, when a person is honoured
 * @param recipientNameEn the person's English name
 * @param recipientTitle the person's job title
 * @param recipientTitleEn the job title in English
 * @param organizationId the organization honoured or the person's organization
 * @param organizationName its Chinese name
 * @param organizationNameEn its English name
 * @param organizationRegion its region
 * @param organizationHasResults whether the organization exhibits results of its own
 * @param resultId the result honoured or the person's result
 * @param resultTitle the result's Chinese title
 * @param resultTitleEn the result's English title
 * @param citation the citation in Chinese
 * @param citationEn the citation in English
 * @param announcedOn the day of the announcement
 */
public record AnnouncementCard(long awardId, int rank, String recipientName, String recipientNameEn,
		String recipientTitle, String recipientTitleEn, Long organizationId, String organizationName,
		String organizationNameEn, String organizationRegion, boolean organizationHasResults, Long resultId,
		String resultTitle, String resultTitleEn, String citation, String citationEn, LocalDate announcedOn) {

	public boolean person() {
		return this.recipientName != null;
	}

	/** The organization's own results, when it exhibits any. */
	public String organizationLink() {
		return (this.organizationId != null && this.organizationHasResults) ? "/results?org=" + this.organizationId
				: null;
	}

	/**
	 * The results of the organization's region, for a federation that organized a
	 * region's exhibits rather than exhibiting itself.
	 */
	public String regionLink() {
		if (this.organizationId == null || this.organizationHasResults
				|| !Vocabulary.REGIONS.containsKey(this.organizationRegion)
				|| Vocabulary.NATIONWIDE.equals(this.organizationRegion)) {
			return null;
		}
		return UriComponentsBuilder.fromPath("/results")
			.queryParam("region", "{region}")
			.encode()
			.buildAndExpand(this.organizationRegion)
			.toUriString();
	}

}
