package org.craftsman.portal.result;

import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.common.ScanCounter;

import org.springframework.stereotype.Component;

/** Scans of results' QR codes, counted for the result's area, written once a second. */
@Component
public class ResultScans extends ScanCounter {

	public static final String NAME = "result-scans";

	ResultScans(PortalProperties properties) {
		super(NAME, "RESULT", "innovation_results", "area_id", "t.published", properties.timeZone());
	}

}
