package org.craftsman.portal.demo;

import java.util.Collections;
import java.util.List;

import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.security.AccountProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, after Flyway has migrated and before the first request is served: creates the
 * accounts a fresh database needs and, in demo mode, loads the first conference into an
 * empty database. A database that holds any area is never touched.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PortalProperties properties;

	private final AccountProvisioner accounts;

	DemoDataLoader(JdbcTemplate jdbc, TransactionTemplate transaction, PortalProperties properties,
			AccountProvisioner accounts) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.properties = properties;
		this.accounts = accounts;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.accounts.provision();
		if (this.properties.demo().enabled()) {
			this.transaction.executeWithoutResult((status) -> loadIntoEmptyDatabase());
		}
	}

	private void loadIntoEmptyDatabase() {
		// Serializes concurrent first starts of several nodes on one database.
		this.jdbc.execute("LOCK TABLE exhibition_areas IN EXCLUSIVE MODE");
		Integer areas = this.jdbc.queryForObject("SELECT count(*) FROM exhibition_areas", Integer.class);
		if (areas != null && areas > 0) {
			return;
		}
		long started = System.nanoTime();
		DemoDataSet.generate().tables().forEach(this::insert);
		log.info("Loaded the demo data set in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void insert(List<? extends DemoRow> rows) {
		DemoRow first = rows.get(0);
		List<String> columns = first.columns();
		String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
		this.jdbc.batchUpdate(
				"INSERT INTO " + first.table() + " (" + String.join(", ", columns) + ") VALUES (" + placeholders + ")",
				rows.stream().map(DemoRow::values).toList());
		if (!columns.contains("id")) {
			return;
		}
		// Rows came with their ids: move the identity past them for rows added later.
		this.jdbc.execute("SELECT setval(pg_get_serial_sequence('" + first.table() + "', 'id'), (SELECT max(id) FROM "
				+ first.table() + "))");
	}

}
