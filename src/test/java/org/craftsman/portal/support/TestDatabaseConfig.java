package org.craftsman.portal.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts every test run from an empty schema, so that the demo data is loaded afresh and
 * its totals are known; later contexts of the same run reuse what the first one loaded.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfig {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	@Bean
	FlywayMigrationStrategy cleanOncePerRun() {
		return (flyway) -> {
			if (CLEANED.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
