package org.craftsman.portal.hall;

import org.craftsman.portal.common.BatchedCounter;

import org.springframework.stereotype.Component;

/** Visits of the online hall's hotspots, written once a second. */
@Component
class HotspotVisits extends BatchedCounter {

	static final String NAME = "hotspot-visits";

	HotspotVisits() {
		super(NAME, "online_hotspots", "visit_count", "true");
	}

}
