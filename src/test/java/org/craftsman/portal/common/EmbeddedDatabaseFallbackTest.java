package org.craftsman.portal.common;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the portal's database comes from at start-up, on the test profile's default URL
 * with its port pointed (through PGPORT) at a port where nothing listens.
 */
class EmbeddedDatabaseFallbackTest {

	private final Path dataDirectory = Path.of("target", "embedded-fallback-test-" + ProcessHandle.current().pid())
		.toAbsolutePath();

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	@AfterEach
	void stopAndForget() {
		this.started.forEach(ConfigurableApplicationContext::close);
		FileSystemUtils.deleteRecursively(this.dataDirectory.toFile());
	}

	@Test
	void withNothingConfiguredAndNothingListeningAnEmbeddedPostgresCarriesThePortalSchema() throws IOException {
		int closedPort = freePort();
		ConfigurableApplicationContext context = start("--PGPORT=" + closedPort);

		String url = context.getEnvironment().getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:postgresql://localhost:").doesNotContain(":" + closedPort + "/");
		JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
		assertThat(jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("17.");
		assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
			.query(Integer.class)
			.single()).isEqualTo(migrationCount());
		assertThat(jdbc.sql("SELECT to_regclass('result_search') IS NOT NULL").query(Boolean.class).single()).isTrue();
		assertThat(this.dataDirectory.resolve("PG_VERSION")).exists();

		int embeddedPort = Integer.parseInt(url.replaceAll("^.*:(\\d+)/.*$", "$1"));
		context.close();
		assertThat(EmbeddedPostgresServer.running()).doesNotContain(this.dataDirectory);
		assertThat(answers(embeddedPort)).as("stopped with the application").isFalse();
	}

	@Test
	void theEmbeddedDataOutlivesARestart() throws IOException {
		int closedPort = freePort();
		ConfigurableApplicationContext first = start("--PGPORT=" + closedPort, "--spring.flyway.enabled=false");
		JdbcClient.create(first.getBean(DataSource.class)).sql("CREATE TABLE kept (note text)").update();
		JdbcClient.create(first.getBean(DataSource.class)).sql("INSERT INTO kept VALUES ('still here')").update();
		first.close();

		ConfigurableApplicationContext second = start("--PGPORT=" + closedPort, "--spring.flyway.enabled=false");
		assertThat(JdbcClient.create(second.getBean(DataSource.class))
			.sql("SELECT note FROM kept")
			.query(String.class)
			.single()).isEqualTo("still here");
	}

	@Test
	void aConfiguredUrlIsKeptEvenWhenNothingAnswersThere() throws IOException {
		String configured = "jdbc:postgresql://localhost:" + freePort() + "/portal_elsewhere";
		ConfigurableApplicationContext context = start("--PGPORT=" + freePort(),
				"--spring.datasource.url=" + configured, "--spring.flyway.enabled=false");

		assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(configured);
		assertThat(EmbeddedPostgresServer.running()).isEmpty();
		assertThat(this.dataDirectory).doesNotExist();
	}

	@Test
	void aServerListeningOnTheDefaultPortIsPreferred() throws IOException {
		try (ServerSocket server = new ServerSocket(0)) {
			// It only listens: nothing may try to log in to it.
			ConfigurableApplicationContext context = start("--PGPORT=" + server.getLocalPort(),
					"--spring.flyway.enabled=false", "--portal.database.create-if-missing=false");

			assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
				.contains("localhost:" + server.getLocalPort() + "/");
			assertThat(EmbeddedPostgresServer.running()).isEmpty();
		}
	}

	@Test
	void outsideDemoModeAMissingDatabaseStopsTheStartWithOneClearMessage() throws IOException {
		int closedPort = freePort();
		assertThatThrownBy(() -> start("--PGPORT=" + closedPort, "--portal.demo.enabled=false"))
			.isInstanceOf(NoDatabaseException.class)
			.hasMessage("No PostgreSQL answers on localhost:" + closedPort + " and no database is configured; "
					+ "outside demo mode (PORTAL_DEMO_ENABLED=false) the portal does not start an embedded one");
		assertThat(
				new NoDatabaseFailureAnalyzer().analyze(new NoDatabaseException("localhost:" + closedPort)).getAction())
			.contains("SPRING_DATASOURCE_URL");
		assertThat(EmbeddedPostgresServer.running()).isEmpty();
		assertThat(this.dataDirectory).doesNotExist();
	}

	private ConfigurableApplicationContext start(String... arguments) {
		String[] all = Stream
			.concat(Stream.of(arguments), Stream.of("--portal.database.embedded-dir=" + this.dataDirectory))
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseOnly.class)
			.web(WebApplicationType.NONE)
			.profiles("test")
			.run(all);
		this.started.add(context);
		return context;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean answers(int port) {
		try (Socket socket = new Socket("localhost", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static long migrationCount() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("V")).count();
		}
	}

	/**
	 * The database side of the portal alone: data source, Flyway and the database
	 * creator. Neither a stereotype nor a boot configuration, so that the other tests'
	 * searches and scans never pick it up.
	 */
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
	@Import(DatabaseConfig.class)
	static class DatabaseOnly {

	}

}
