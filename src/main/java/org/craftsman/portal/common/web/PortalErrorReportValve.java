package org.craftsman.portal.common.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The web server's own error pages (a malformed request line, headers too large, an
 * address the server refuses before the portal sees it): without server details or
 * traces, and with the same security headers as every other response.
 */
public class PortalErrorReportValve extends ErrorReportValve {

	public PortalErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (!response.isCommitted()) {
			SecurityHeaders.applyTo(response);
		}
		super.report(request, response, throwable);
	}

}
