package org.craftsman.portal.common;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseCreatorTest {

	private static final EmbeddedDatabaseFallback.LocalDatabase LOCAL_SERVER = new EmbeddedDatabaseFallback.LocalDatabase(
			System.getenv().getOrDefault("PGHOST", "localhost"),
			Integer.parseInt(System.getenv().getOrDefault("PGPORT", "5432")), "postgres", "");

	private static EmbeddedPostgresServer embedded;

	private static String server;

	/** The tests' server, or the embedded one on a machine without PostgreSQL. */
	@BeforeAll
	static void findServer() {
		if (LOCAL_SERVER.answers()) {
			server = "jdbc:postgresql://" + LOCAL_SERVER.address() + "/";
		}
		else {
			embedded = EmbeddedPostgresServer.acquire(Path.of("target", "portal-test-db"));
			server = "jdbc:postgresql://localhost:" + embedded.port() + "/";
		}
	}

	@AfterAll
	static void releaseServer() {
		if (embedded != null) {
			embedded.release();
		}
	}

	@Test
	void createsTheDatabaseWhenTheServerDoesNotHaveIt() throws SQLException {
		String name = "portal_creator_" + ProcessHandle.current().pid();
		drop(name);
		DatabaseCreator.createIfMissing(server + name + "?ApplicationName=test", "postgres", "postgres");
		try (Connection connection = DriverManager.getConnection(server + name, "postgres", "postgres")) {
			assertThat(connection.isValid(2)).isTrue();
		}
		// A second start finds it and leaves it alone.
		DatabaseCreator.createIfMissing(server + name, "postgres", "postgres");
		drop(name);
	}

	private static void drop(String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
		}
	}

}
