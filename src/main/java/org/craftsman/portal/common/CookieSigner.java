package org.craftsman.portal.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signs values the portal hands to browsers in cookies (HMAC-SHA256 with a key shared by
 * all nodes through the database), so that a value a browser sends back is known to come
 * from the portal and not to have been made up or planted by someone else. The key is
 * {@code portal.cookie-secret} when configured, otherwise one the first node generates.
 */
@Component
public class CookieSigner {

	private static final Logger log = LoggerFactory.getLogger(CookieSigner.class);

	private static final String KEY_NAME = "cookies";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final JdbcTemplate jdbc;

	private volatile SecretKeySpec key;

	private final String configuredSecret;

	CookieSigner(JdbcTemplate jdbc, @Value("${portal.cookie-secret:}") String configuredSecret) {
		this.jdbc = jdbc;
		this.configuredSecret = configuredSecret;
	}

	/**
	 * The value followed by its signature; usable as a cookie value when the value is.
	 */
	public String sign(String purpose, String value) {
		return value + "." + ENCODER.encodeToString(mac(purpose, value));
	}

	/** The value, when the signed text carries a valid signature for this purpose. */
	public Optional<String> verify(String purpose, String signed) {
		int dot = (signed != null) ? signed.lastIndexOf('.') : -1;
		if (dot < 0) {
			return Optional.empty();
		}
		String value = signed.substring(0, dot);
		byte[] expected = ENCODER.encodeToString(mac(purpose, value)).getBytes(StandardCharsets.US_ASCII);
		byte[] given = signed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(value) : Optional.empty();
	}

	private byte[] mac(String purpose, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	/**
	 * Reads the key once the portal is up, so that no visitor's request pays for it; when
	 * the database is not there yet, the first signature reads it instead.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void loadKey() {
		try {
			key();
		}
		catch (DataAccessException ex) {
			log.warn("Cookie signing key not read at start ({}); it is read when first needed", ex.getMessage());
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec known = this.key;
		if (known == null) {
			known = new SecretKeySpec(secretBytes(), "HmacSHA256");
			this.key = known;
		}
		return known;
	}

	private byte[] secretBytes() {
		if (!this.configuredSecret.isBlank()) {
			return this.configuredSecret.getBytes(StandardCharsets.UTF_8);
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		this.jdbc.update("INSERT INTO signing_keys (name, key_bytes) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
				KEY_NAME, fresh);
		return this.jdbc.queryForObject("SELECT key_bytes FROM signing_keys WHERE name = ?", byte[].class, KEY_NAME);
	}

}
