package org.craftsman.portal.security;

import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and client address in the database, so that every node
 * of the portal sees the same counts and a restart does not reset them.
 */
@Service
public class LoginThrottle {

	private final JdbcTemplate jdbc;

	private final LoginThrottleProperties properties;

	LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Whether a login attempt is refused without looking at the password. */
	@Transactional(readOnly = true)
	public boolean isBlocked(String username, String client) {
		Integer counts = this.jdbc.queryForObject("""
				SELECT CASE WHEN count(*) FILTER (WHERE username = ?) >= ? OR count(*) >= ? THEN 1 ELSE 0 END
				FROM login_failures WHERE client_ip = ? AND failed_at > now() - make_interval(secs => ?)""",
				Integer.class, normalize(username), this.properties.maxFailuresPerAccount(),
				this.properties.maxFailuresPerClient(), clip(client), this.properties.window().toSeconds());
		return counts != null && counts == 1;
	}

	@Transactional
	public void recordFailure(String username, String client) {
		this.jdbc.update("DELETE FROM login_failures WHERE failed_at < now() - interval '1 day'");
		this.jdbc.update("INSERT INTO login_failures (username, client_ip) VALUES (?, ?)", normalize(username),
				clip(client));
	}

	/** A successful login forgets the account's failures from that client. */
	@Transactional
	public void recordSuccess(String username, String client) {
		this.jdbc.update("DELETE FROM login_failures WHERE username = ? AND client_ip = ?", normalize(username),
				clip(client));
	}

	static String normalize(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

	private static String clip(String client) {
		String address = (client != null) ? client : "";
		return (address.length() > 64) ? address.substring(0, 64) : address;
	}

}
