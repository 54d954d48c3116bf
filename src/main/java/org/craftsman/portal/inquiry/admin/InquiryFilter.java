package org.craftsman.portal.inquiry.admin;

import java.util.Locale;

import org.craftsman.portal.inquiry.InquiryStatus;

/**
 * The filters of the admin's inquiry list: a status, a result (by code), an area (by
 * code). A value that names nothing is left out rather than refused.
 *
 * @param status the status, or null for every status
 * @param resultCode the result's code, or null for every result
 * @param areaCode the area's code, or null for every area
 */
public record InquiryFilter(InquiryStatus status, String resultCode, String areaCode) {

	static final InquiryFilter NONE = new InquiryFilter(null, null, null);

	static InquiryFilter of(String status, String resultCode, String areaCode) {
		return new InquiryFilter(status(status), code(resultCode), code(areaCode));
	}

	private static InquiryStatus status(String value) {
		if (value == null) {
			return null;
		}
		try {
			return InquiryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String code(String value) {
		if (value == null || value.isBlank() || !value.strip().matches("[A-Za-z0-9][A-Za-z0-9-]{0,29}")) {
			return null;
		}
		return value.strip();
	}

}
