package org.craftsman.portal.live;

import org.craftsman.portal.common.BatchedCounter;

import org.springframework.stereotype.Component;

/** Views of broadcasts that have started, written once a second. */
@Component
class BroadcastViews extends BatchedCounter {

	static final String NAME = "broadcast-views";

	BroadcastViews() {
		super(NAME, """
				UPDATE live_broadcasts b SET view_count = b.view_count + v.n
				FROM unnest(CAST(:ids AS bigint[]), CAST(:counts AS bigint[])) AS v(id, n)
				WHERE b.id = v.id AND b.starts_at <= now()""");
	}

}
