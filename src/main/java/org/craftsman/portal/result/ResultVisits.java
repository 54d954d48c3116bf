package org.craftsman.portal.result;

import org.craftsman.portal.common.BatchedCounter;

import org.springframework.stereotype.Component;

/** Visits of result pages, written once a second. */
@Component
public class ResultVisits extends BatchedCounter {

	public static final String NAME = "result-visits";

	ResultVisits() {
		super(NAME, "innovation_results", "visit_count", "t.published");
	}

}
