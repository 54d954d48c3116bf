package org.craftsman.portal.hall;

import org.craftsman.portal.common.BatchedCounter;

import org.springframework.stereotype.Component;

/** Visits of the online hall's hotspots, written once a second. */
@Component
class HotspotVisits extends BatchedCounter {

	static final String NAME = "hotspot-visits";

	HotspotVisits() {
		super(NAME, """
				UPDATE online_hotspots h SET visit_count = h.visit_count + v.n
				FROM unnest(CAST(:ids AS bigint[]), CAST(:counts AS bigint[])) AS v(id, n)
				WHERE h.id = v.id""");
	}

}
