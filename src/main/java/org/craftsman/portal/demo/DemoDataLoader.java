package org.craftsman.portal.demo;

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
		DemoDataSet data = DemoDataSet.generate();
		insert("conference", "id, name, name_en, city, city_en, venue, venue_en, starts_on, ends_on", data.conference);
		insert("organizations", "id, name, name_en, kind, region", data.organizations);
		insert("exhibition_areas",
				"id, code, name, name_en, kind, hall, hall_en, floor_area, theme, theme_en, description, description_en, "
						+ "display_order",
				data.areas);
		insert("innovation_results",
				"id, code, title, title_en, summary, summary_en, category, region, innovators, innovators_en, "
						+ "organization_id, area_id, published, featured, like_count, visit_count, created_at",
				data.results);
		insert("online_hotspots", "id, area_id, result_id, title, title_en, media_kind, media_ref, poster_ref, "
				+ "description, description_en, display_order, visit_count", data.hotspots);
		insert("transformation_contracts", "id, contract_no, result_id, transferee_id, amount, signed_on, kind",
				data.contracts);
		insert("awards", "id, code, name, name_en, recipient_kind, display_order", data.awards);
		insert("award_announcements",
				"id, award_id, rank, recipient_name, recipient_name_en, recipient_title, "
						+ "recipient_title_en, organization_id, result_id, citation, citation_en, announced_on",
				data.announcements);
		insert("live_broadcasts", "id, title, title_en, description, description_en, host, host_en, area_id, "
				+ "starts_at, ends_at, stream_url, replay_url, view_count", data.broadcasts);
		log.info("Loaded the demo data set in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void insert(String table, String columns, List<Object[]> rows) {
		String placeholders = String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
		this.jdbc.batchUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders + ")", rows);
		// Rows came with their ids: move the identity past them for rows added later.
		this.jdbc.execute(
				"SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table + "))");
	}

}
