package org.craftsman.portal.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL run by the portal itself, on a free port, over a data folder that
 * outlives it. One server per folder in a JVM: every application context over the same
 * folder shares it, and the last one to close stops it (the JVM's exit stops it too).
 */
final class EmbeddedPostgresServer {

	static final String SUPERUSER = "postgres";

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	private final Path dataDirectory;

	private final EmbeddedPostgres postgres;

	private int users;

	private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
		this.dataDirectory = dataDirectory;
		this.postgres = postgres;
	}

	static synchronized EmbeddedPostgresServer acquire(Path folder) {
		EmbeddedPostgresServer server = RUNNING.computeIfAbsent(folder.toAbsolutePath().normalize(),
				EmbeddedPostgresServer::start);
		server.users++;
		return server;
	}

	static synchronized List<Path> running() {
		return List.copyOf(RUNNING.keySet());
	}

	void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--this.users > 0) {
				return;
			}
			RUNNING.remove(this.dataDirectory);
		}
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.postgres.getPort();
	}

	Path dataDirectory() {
		return this.dataDirectory;
	}

	private static EmbeddedPostgresServer start(Path dataDirectory) {
		try {
			stopServerLeftRunning(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPGStartupWait(STARTUP_WAIT)
				// The library runs its servers without fsync: this one keeps real data.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setLocaleConfig("locale", "C")
				.setLocaleConfig("locale-provider", "builtin")
				.setLocaleConfig("builtin-locale", "C.UTF-8")
				.start();
			return new EmbeddedPostgresServer(dataDirectory, postgres);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory + ": "
					+ ex.getMessage() + " (start a PostgreSQL server or set SPRING_DATASOURCE_URL instead)", ex);
		}
	}

	/**
	 * A portal killed without its shutdown hook leaves its server running on the folder,
	 * which would refuse a second server: stop it first.
	 */
	private static void stopServerLeftRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::trim)
			.filter((line) -> line.matches("\\d+"))
			.flatMap((pid) -> ProcessHandle.of(Long.parseLong(pid)))
			.filter((process) -> process.info().command().orElse("").endsWith("postgres"));
		if (postmaster.isPresent()) {
			postmaster.get().destroy();
			try {
				postmaster.get().onExit().get(STARTUP_WAIT.toSeconds(), TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IOException("a PostgreSQL left running on " + dataDirectory + " did not stop", ex);
			}
		}
	}

}
