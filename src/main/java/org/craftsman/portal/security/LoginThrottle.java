package org.craftsman.portal.security;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and client address in the database, so that every node
 * of the portal sees the same counts and a restart does not reset them. Every attempt
 * counts as a failure until it succeeds.
 */
@Service
public class LoginThrottle {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final JdbcTemplate jdbc;

	private final LoginThrottleProperties properties;

	LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Counts a login attempt as a failure before its password is checked, or refuses it
	 * when the account (from this client address) or the client address has used up its
	 * attempts. Deciding and counting are one step under a lock per client address, so
	 * that attempts sent at the same moment cannot all slip under the limit; a successful
	 * login takes its attempt back with {@link #recordSuccess}.
	 * @return whether the password may be checked
	 */
	@Transactional
	public boolean reserveAttempt(String username, String client) {
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended('login-throttle:' || ?, 0))",
				clip(client));
		this.jdbc.update("DELETE FROM login_failures WHERE failed_at < now() - interval '1 day'");
		return this.jdbc.update("""
				INSERT INTO login_failures (username, client_ip)
				SELECT ?, ? FROM login_failures
				WHERE client_ip = ? AND failed_at > now() - make_interval(secs => ?)
				HAVING count(*) FILTER (WHERE username = ?) < ? AND count(*) < ?""", normalize(username), clip(client),
				clip(client), this.properties.window().toSeconds(), normalize(username),
				this.properties.maxFailuresPerAccount(), this.properties.maxFailuresPerClient()) == 1;
	}

	/** A successful login forgets the account's failures from that client. */
	@Transactional
	public void recordSuccess(String username, String client) {
		this.jdbc.update("DELETE FROM login_failures WHERE username = ? AND client_ip = ?", normalize(username),
				clip(client));
	}

	/** Control characters (NUL among them, which PostgreSQL cannot store) are dropped. */
	static String normalize(String username) {
		String name = (username != null) ? CONTROL.matcher(username).replaceAll("").strip().toLowerCase(Locale.ROOT)
				: "";
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

	private static String clip(String client) {
		String address = (client != null) ? CONTROL.matcher(client).replaceAll("") : "";
		return (address.length() > 64) ? address.substring(0, 64) : address;
	}

}
