package org.craftsman.portal.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseCreatorTest {

	private static final String SERVER = "jdbc:postgresql://" + System.getenv().getOrDefault("PGHOST", "localhost")
			+ ":" + System.getenv().getOrDefault("PGPORT", "5432") + "/";

	@Test
	void createsTheDatabaseWhenTheServerDoesNotHaveIt() throws SQLException {
		String name = "portal_creator_" + ProcessHandle.current().pid();
		drop(name);
		DatabaseCreator.createIfMissing(SERVER + name + "?ApplicationName=test", "postgres", "postgres");
		try (Connection connection = DriverManager.getConnection(SERVER + name, "postgres", "postgres")) {
			assertThat(connection.isValid(2)).isTrue();
		}
		// A second start finds it and leaves it alone.
		DatabaseCreator.createIfMissing(SERVER + name, "postgres", "postgres");
		drop(name);
	}

	private static void drop(String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
		}
	}

}
