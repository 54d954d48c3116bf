package org.craftsman.portal.common;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings ({@code portal.*}); the README lists their environment
 * variables.
 *
 * @param demo whether the first conference's demo data and demo accounts are loaded
 * @param admin the first organizer account, created when no account of that name exists
 * @param database how the portal treats its database server
 * @param timeZone the conference's time zone, used for schedules and "today"
 * @param mediaDir where uploaded hotspot media are stored
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue Demo demo, @DefaultValue Admin admin, @DefaultValue Database database,
		@DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue("./media") Path mediaDir) {

	public record Demo(@DefaultValue("true") boolean enabled) {
	}

	public record Admin(String username, String password) {
	}

	/**
	 * @param createIfMissing create the configured database on the server when it does
	 * not exist yet
	 * @param embeddedDir where the embedded PostgreSQL keeps its data when no database is
	 * configured and none runs on the default local port (read at start-up by
	 * {@link EmbeddedDatabaseFallback})
	 */
	public record Database(@DefaultValue("true") boolean createIfMissing,
			@DefaultValue("./.portal-db") String embeddedDir) {
	}

}
