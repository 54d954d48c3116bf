package org.craftsman.portal.result;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.craftsman.portal.common.CookieSigner;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Tells browsers apart without accounts or sessions: a random id the portal gives a
 * browser in a long-lived cookie the first time it likes something or comments on a
 * broadcast. It identifies a browser, never a person. The cookie carries the id and the
 * portal's HMAC-SHA256 of it, so that only ids the portal issued count: a made-up or
 * altered value is no id at all.
 */
@Component
public class BrowserIds {

	public static final String COOKIE = "portal-browser";

	private static final Duration LIFETIME = Duration.ofDays(2 * 365);

	private static final String PURPOSE = "browser-id";

	private static final int ID_LENGTH = 36;

	private static final int SIGNATURE_LENGTH = 43;

	private final CookieSigner signer;

	BrowserIds(CookieSigner signer) {
		this.signer = signer;
	}

	/** The browser's id, when it carries one the portal issued. */
	public Optional<UUID> of(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return verify(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** Gives the browser a new id in its cookie. */
	public UUID issue(HttpServletRequest request, HttpServletResponse response) {
		UUID id = UUID.randomUUID();
		ResponseCookie cookie = ResponseCookie.from(COOKIE, id + "." + signature(id))
			.path("/")
			.maxAge(LIFETIME)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return id;
	}

	Optional<UUID> verify(String value) {
		if (value == null || value.length() != ID_LENGTH + 1 + SIGNATURE_LENGTH || value.charAt(ID_LENGTH) != '.') {
			return Optional.empty();
		}
		Optional<UUID> id = parse(value.substring(0, ID_LENGTH));
		byte[] given = value.substring(ID_LENGTH + 1).getBytes(StandardCharsets.US_ASCII);
		return id.filter(
				(candidate) -> MessageDigest.isEqual(given, signature(candidate).getBytes(StandardCharsets.US_ASCII)));
	}

	private String signature(UUID id) {
		String signed = this.signer.sign(PURPOSE, id.toString());
		return signed.substring(signed.lastIndexOf('.') + 1);
	}

	private static Optional<UUID> parse(String value) {
		try {
			UUID id = UUID.fromString(value);
			return id.toString().equals(value) ? Optional.of(id) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
