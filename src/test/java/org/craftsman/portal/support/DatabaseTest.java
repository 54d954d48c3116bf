package org.craftsman.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.craftsman.portal.common.DatabaseCreator;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The schema alone, without the web: Flyway, the JPA entities and their repositories over
 * the same test database the {@link IntegrationTest}s use, with no pages, security or
 * demo data. Each test runs in a transaction that is rolled back, so a test that needs
 * rows makes its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ TestDatabaseConfig.class, DatabaseTest.CreateIfMissing.class })
public @interface DatabaseTest {

	/** Creates the test database on a fresh server, as the portal does. */
	@TestConfiguration(proxyBeanMethods = false)
	class CreateIfMissing {

		@Bean
		static DatabaseCreator databaseCreator() {
			return new DatabaseCreator(true);
		}

	}

}
