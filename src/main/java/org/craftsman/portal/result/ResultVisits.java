package org.craftsman.portal.result;

import org.craftsman.portal.common.BatchedCounter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Visits of result pages, written once a second. */
@Component
public class ResultVisits extends BatchedCounter {

	public static final String NAME = "result-visits";

	private final JdbcClient jdbc;

	ResultVisits(JdbcClient jdbc) {
		super(NAME, "innovation_results", "visit_count", "t.published");
		this.jdbc = jdbc;
	}

	/** A result's visits of this moment, the ones not written yet included. */
	public long current(long id) {
		return current(id,
				() -> this.jdbc.sql("SELECT coalesce(max(visit_count), 0) FROM innovation_results WHERE id = ?")
					.param(id)
					.query(Long.class)
					.single());
	}

}
