package org.craftsman.portal.result;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Tells browsers apart without accounts or sessions: a random id the portal gives a
 * browser in a long-lived cookie the first time it likes something. It identifies a
 * browser, never a person.
 */
final class BrowserId {

	static final String COOKIE = "portal-browser";

	private static final Duration LIFETIME = Duration.ofDays(2 * 365);

	private BrowserId() {
	}

	/** The browser's id, when it carries a well-formed one. */
	static Optional<UUID> of(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return parse(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** The browser's id, giving it a new one first when it has none. */
	static UUID ensure(HttpServletRequest request, HttpServletResponse response) {
		return of(request).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			ResponseCookie cookie = ResponseCookie.from(COOKIE, id.toString())
				.path("/")
				.maxAge(LIFETIME)
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
			return id;
		});
	}

	private static Optional<UUID> parse(String value) {
		if (value == null || value.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
