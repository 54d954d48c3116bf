package org.craftsman.portal.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Over HTTPS every cookie the portal sets is marked Secure, whichever part of the portal
 * sets it (language, likes, tokens), so that none of them is ever sent over plain HTTP.
 * Over plain HTTP cookies stay as they are, or a local run could not keep any.
 */
class SecureCookiesFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, request.isSecure() ? new SecureCookies(response) : response);
	}

	private static final class SecureCookies extends HttpServletResponseWrapper {

		SecureCookies(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addCookie(Cookie cookie) {
			cookie.setSecure(true);
			super.addCookie(cookie);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, secured(name, value));
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, secured(name, value));
		}

		private static String secured(String name, String value) {
			boolean insecureCookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null
					&& !value.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?");
			return insecureCookie ? value + "; Secure" : value;
		}

	}

}
