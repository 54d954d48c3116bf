package org.craftsman.portal.common;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Lets the portal start on a machine with Java alone. When no database is configured (the
 * data source URL is the one packaged with the portal) and nothing answers on that URL's
 * local port, the portal runs its own PostgreSQL, keeping the data in a folder so that it
 * survives restarts. A configured URL or a running server always wins, and outside demo
 * mode the portal refuses to start instead of falling back.
 */
public class EmbeddedDatabaseFallback implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	static final String PROPERTY_SOURCE = "embeddedPostgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseFallback.class);

	private static final ConfigurationPropertyName URL = ConfigurationPropertyName.of("spring.datasource.url");

	private static final Pattern LOCAL_URL = Pattern
		.compile("^jdbc:postgresql://(localhost|127\\.0\\.0\\.1|\\[::1\\])(?::(\\d+))?/([^/?]+)(\\?.*)?$");

	private static final int PROBE_TIMEOUT_MILLIS = 1000;

	@Override
	public int getOrder() {
		// Environment post-processors have run and logging is set up by then.
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		LocalDatabase database = defaultLocalDatabase(environment);
		if (database == null || database.answers()) {
			return;
		}
		if (!environment.getProperty("portal.demo.enabled", Boolean.class, Boolean.TRUE)) {
			throw new NoDatabaseException(database.address());
		}
		Path folder = Path.of(environment.getProperty("portal.database.embedded-dir", ".portal-db"));
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(folder);
		event.getSpringApplication().addListeners(new EmbeddedPostgresRelease(server));
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(URL.toString(), database.urlOnPort(server.port()),
					"spring.datasource.username", EmbeddedPostgresServer.SUPERUSER)));
		log.info(
				"No PostgreSQL on {}: started an embedded PostgreSQL on port {} with its data in {} "
						+ "(kept across restarts; delete the folder to start afresh)",
				database.address(), server.port(), server.dataDirectory());
	}

	/**
	 * The database of the packaged default URL when it is on this machine, or null when a
	 * URL is configured (environment, command line, an outside file) or names another
	 * host.
	 */
	static LocalDatabase defaultLocalDatabase(ConfigurableEnvironment environment) {
		if (!isPackaged(originOfUrl(environment))) {
			return null;
		}
		Matcher url = LOCAL_URL.matcher(environment.getProperty(URL.toString(), ""));
		if (!url.matches()) {
			return null;
		}
		int port = (url.group(2) != null) ? Integer.parseInt(url.group(2)) : 5432;
		return new LocalDatabase(url.group(1), port, url.group(3), (url.group(4) != null) ? url.group(4) : "");
	}

	private static Origin originOfUrl(ConfigurableEnvironment environment) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(URL);
			if (property != null) {
				return property.getOrigin();
			}
		}
		return null;
	}

	private static boolean isPackaged(Origin origin) {
		Origin source = (origin instanceof PropertySourceOrigin wrapper) ? wrapper.getOrigin() : origin;
		if (!(source instanceof TextResourceOrigin text)) {
			return false;
		}
		Resource resource = text.getResource();
		if (resource instanceof OriginTrackedResource tracked) {
			resource = tracked.getResource();
		}
		return resource instanceof ClassPathResource;
	}

	record LocalDatabase(String host, int port, String name, String parameters) {

		String address() {
			return this.host + ":" + this.port;
		}

		String urlOnPort(int embeddedPort) {
			return "jdbc:postgresql://localhost:" + embeddedPort + "/" + this.name + this.parameters;
		}

		boolean answers() {
			try {
				for (InetAddress address : InetAddress.getAllByName(unbracketed())) {
					if (answers(new InetSocketAddress(address, this.port))) {
						return true;
					}
				}
				return false;
			}
			catch (IOException ex) {
				return false;
			}
		}

		private String unbracketed() {
			return this.host.replace("[", "").replace("]", "");
		}

		private static boolean answers(InetSocketAddress address) {
			try (Socket socket = new Socket()) {
				socket.connect(address, PROBE_TIMEOUT_MILLIS);
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		}

	}

}
