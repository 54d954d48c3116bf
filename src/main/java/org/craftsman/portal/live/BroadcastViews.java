package org.craftsman.portal.live;

import org.craftsman.portal.common.BatchedCounter;

import org.springframework.stereotype.Component;

/** Views of broadcasts that have started, written once a second. */
@Component
class BroadcastViews extends BatchedCounter {

	static final String NAME = "broadcast-views";

	BroadcastViews() {
		super(NAME, "live_broadcasts", "view_count", "t.starts_at <= now()");
	}

}
