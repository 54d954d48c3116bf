package org.craftsman.portal.hall;

import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.common.ScanCounter;

import org.springframework.stereotype.Component;

/** Scans of hotspots' QR codes, counted for the hotspot's zone, written once a second. */
@Component
class HotspotScans extends ScanCounter {

	static final String NAME = "hotspot-scans";

	HotspotScans(PortalProperties properties) {
		super(NAME, "HOTSPOT", "online_hotspots", "area_id", "true", properties.timeZone());
	}

}
