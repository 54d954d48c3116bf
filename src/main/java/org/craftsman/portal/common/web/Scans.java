package org.craftsman.portal.common.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The short marker a QR code's address carries ({@code ?s=qr}), so that a page opened by
 * a scan counts the scan apart from other visits.
 */
public final class Scans {

	/** The query parameter of the marker. */
	public static final String PARAMETER = "s";

	/** Its value for a printed or shown QR code. */
	public static final String QR = "qr";

	private Scans() {
	}

	/** Whether the page was opened by scanning one of the portal's QR codes. */
	public static boolean scanned(HttpServletRequest request) {
		return QR.equals(request.getParameter(PARAMETER));
	}

}
