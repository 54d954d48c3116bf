package org.craftsman.portal.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.craftsman.portal.common.CookieSigner;
import org.craftsman.portal.common.web.SiteAddresses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.util.WebUtils;

/**
 * Remembers the page someone asked for before signing in, so that the login leads back to
 * it, in a short-lived cookie signed by the portal instead of a server-side session: an
 * anonymous visitor then leaves nothing on the server. Only a path of the portal itself
 * is remembered (never another host), and only when it is short enough for a cookie.
 */
final class SignedCookieRequestCache implements RequestCache {

	static final String COOKIE_NAME = "LOGIN_TARGET";

	static final int MAX_TARGET_LENGTH = 1024;

	private static final String PURPOSE = "login-target";

	private static final Duration LIFETIME = Duration.ofMinutes(30);

	private final CookieSigner signer;

	SignedCookieRequestCache(CookieSigner signer) {
		this.signer = signer;
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String target = path + ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		if ("GET".equals(request.getMethod()) && SiteAddresses.isSiteRelative(target)
				&& target.length() <= MAX_TARGET_LENGTH) {
			String encoded = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(target.getBytes(StandardCharsets.UTF_8));
			writeCookie(request, response, this.signer.sign(PURPOSE, encoded), LIFETIME);
		}
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		return target(request).map(SimpleSavedRequest::new).orElse(null);
	}

	/**
	 * The remembered page only matters to the login, which reads it with
	 * {@link #getRequest}.
	 */
	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		if (WebUtils.getCookie(request, COOKIE_NAME) != null) {
			writeCookie(request, response, "", Duration.ZERO);
		}
	}

	private Optional<String> target(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE_NAME);
		return Optional.ofNullable(cookie)
			.flatMap((found) -> this.signer.verify(PURPOSE, found.getValue()))
			.flatMap(SignedCookieRequestCache::decode)
			.filter(SiteAddresses::isSiteRelative);
	}

	private static Optional<String> decode(String encoded) {
		try {
			return Optional.of(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static void writeCookie(HttpServletRequest request, HttpServletResponse response, String value,
			Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE_NAME, value)
			.path(SessionBoundCsrfTokenRepository.cookiePath(request))
			.maxAge(maxAge)
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
