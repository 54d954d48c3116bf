package org.craftsman.portal.area;

import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.common.ScanCounter;

import org.springframework.stereotype.Component;

/** Scans of areas' QR codes (the booth posters), written once a second. */
@Component
public class AreaScans extends ScanCounter {

	public static final String NAME = "area-scans";

	AreaScans(PortalProperties properties) {
		super(NAME, "AREA", "exhibition_areas", "id", "true", properties.timeZone());
	}

}
