package org.craftsman.portal.result;

import org.craftsman.portal.common.BatchedCounter;

import org.springframework.stereotype.Component;

/** Visits of result pages, written once a second. */
@Component
public class ResultVisits extends BatchedCounter {

	public static final String NAME = "result-visits";

	ResultVisits() {
		super(NAME, """
				UPDATE innovation_results r SET visit_count = r.visit_count + v.n
				FROM unnest(CAST(:ids AS bigint[]), CAST(:counts AS bigint[])) AS v(id, n)
				WHERE r.id = v.id AND r.published""");
	}

}
