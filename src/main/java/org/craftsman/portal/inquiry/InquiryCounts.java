package org.craftsman.portal.inquiry;

import java.util.List;

/**
 * The dashboard's inquiry figures: counts by status, by area and by result, no personal
 * data.
 *
 * @param byStatus every status in the order of the work
 * @param byArea the areas whose results have inquiries, most first
 * @param byResult the results with the most inquiries, most first
 */
public record InquiryCounts(List<InquiryCountRow> byStatus, List<InquiryCountRow> byArea,
		List<InquiryCountRow> byResult) {

	/** Every inquiry received. */
	public long total() {
		return this.byStatus.stream().mapToLong(InquiryCountRow::total).sum();
	}

}
