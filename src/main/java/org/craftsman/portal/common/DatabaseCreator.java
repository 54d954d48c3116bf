package org.craftsman.portal.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates the portal's PostgreSQL database when the server runs but the database does not
 * exist yet, so that the first start on a fresh server needs no manual step. Runs before
 * Flyway migrates, because Flyway needs the data source this processes.
 */
public class DatabaseCreator implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);

	private static final Pattern POSTGRES_URL = Pattern
		.compile("^(jdbc:postgresql://[^/]*/)([A-Za-z_][A-Za-z0-9_]*)(\\?.*)?$");

	private final boolean enabled;

	public DatabaseCreator(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (this.enabled && bean instanceof HikariDataSource dataSource) {
			createIfMissing(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
		}
		return bean;
	}

	static void createIfMissing(String url, String username, String password) {
		Matcher matcher = POSTGRES_URL.matcher(url == null ? "" : url);
		if (!matcher.matches()) {
			return;
		}
		String database = matcher.group(2);
		String maintenanceUrl = matcher.group(1) + "postgres" + ((matcher.group(3) != null) ? matcher.group(3) : "");
		Properties credentials = new Properties();
		if (username != null) {
			credentials.setProperty("user", username);
		}
		if (password != null) {
			credentials.setProperty("password", password);
		}
		try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials)) {
			if (!exists(connection, database)) {
				try (Statement statement = connection.createStatement()) {
					// The name matched an identifier pattern above, so quoting it is
					// safe.
					statement.execute("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8'");
				}
				log.info("Created database {}", database);
			}
		}
		catch (SQLException ex) {
			// Not fatal here: the data source reports the real problem when it connects.
			log.warn("Could not check or create database {}: {}", database, ex.getMessage());
		}
	}

	private static boolean exists(Connection connection, String database) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

}
