package org.craftsman.portal.security;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.craftsman.portal.common.CookieSigner;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Where CSRF tokens live. Signed-in people have a session, and their token is kept in it,
 * so it is bound to their login and no cookie can stand in for it. Anonymous visitors
 * have no session (and get none for this): their token travels in a cookie signed by the
 * portal, so a made-up cookie is refused.
 */
final class SessionBoundCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE_NAME = "XSRF-TOKEN";

	static final String HEADER_NAME = "X-XSRF-TOKEN";

	static final String PARAMETER_NAME = "_csrf";

	private static final String PURPOSE = "csrf";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieSigner signer;

	SessionBoundCsrfTokenRepository(CookieSigner signer) {
		this.signer = signer;
		this.sessions.setHeaderName(HEADER_NAME);
		this.sessions.setParameterName(PARAMETER_NAME);
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		boolean hasSession = request.getSession(false) != null;
		if (token == null || hasSession) {
			this.sessions.saveToken(token, request, response);
			if (WebUtils.getCookie(request, COOKIE_NAME) != null) {
				writeCookie(request, response, "", Duration.ZERO);
			}
		}
		else {
			writeCookie(request, response, this.signer.sign(PURPOSE, token.getToken()), null);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		if (request.getSession(false) != null) {
			return this.sessions.loadToken(request);
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE_NAME);
		return (cookie == null) ? null
				: this.signer.verify(PURPOSE, cookie.getValue())
					.map((value) -> (CsrfToken) new DefaultCsrfToken(HEADER_NAME, PARAMETER_NAME, value))
					.orElse(null);
	}

	private static void writeCookie(HttpServletRequest request, HttpServletResponse response, String value,
			Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(COOKIE_NAME, value)
			.path(cookiePath(request))
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure());
		if (maxAge != null) {
			cookie.maxAge(maxAge);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
	}

	static String cookiePath(HttpServletRequest request) {
		String contextPath = request.getContextPath();
		return contextPath.isEmpty() ? "/" : contextPath;
	}

}
