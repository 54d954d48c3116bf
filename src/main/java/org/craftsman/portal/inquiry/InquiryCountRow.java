package org.craftsman.portal.inquiry;

/**
 * One row of the dashboard's inquiry counts: a result, an area or a status, with how many
 * inquiries it has in each state of the work. No personal data.
 *
 * @param key the result's code, the area's code or the status
 * @param name the result's or area's Chinese name (the status for a status row)
 * @param nameEn the English name, when there is one
 * @param total every inquiry
 * @param open those still new, contacted or negotiating
 * @param signed those that ended in a contract
 */
public record InquiryCountRow(String key, String name, String nameEn, long total, long open, long signed) {

}
