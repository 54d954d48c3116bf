package org.craftsman.portal.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Takes the submitted CSRF token from the {@code X-XSRF-TOKEN} or {@code X-CSRF-TOKEN}
 * header or from the form's {@code _csrf} field, never from the address: an address ends
 * up in logs, histories and Referer headers, and a token in a link would let whoever made
 * the link post in the reader's name. Tokens stay masked (BREACH), as Spring Security
 * does by default.
 */
final class FormOrHeaderCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

	static final String OTHER_HEADER_NAME = "X-CSRF-TOKEN";

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		this.masked.handle(request, response, token);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		return this.masked.resolveCsrfTokenValue(new BodyOrHeaderOnly(request, token), token);
	}

	private static final class BodyOrHeaderOnly extends HttpServletRequestWrapper {

		private final CsrfToken token;

		BodyOrHeaderOnly(HttpServletRequest request, CsrfToken token) {
			super(request);
			this.token = token;
		}

		@Override
		public String getHeader(String name) {
			String value = super.getHeader(name);
			if (value == null && name.equalsIgnoreCase(this.token.getHeaderName())) {
				return super.getHeader(OTHER_HEADER_NAME);
			}
			return value;
		}

		@Override
		public String getParameter(String name) {
			if (name.equals(this.token.getParameterName()) && inQueryString(name)) {
				return null;
			}
			return super.getParameter(name);
		}

		private boolean inQueryString(String name) {
			String query = getQueryString();
			return query != null && Arrays.stream(query.split("&"))
				.map((pair) -> pair.split("=", 2)[0])
				.anyMatch((key) -> key.contains("%") ? decodesTo(key, name) : key.equals(name));
		}

		private static boolean decodesTo(String key, String name) {
			try {
				return URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name);
			}
			catch (IllegalArgumentException ex) {
				return true;
			}
		}

	}

}
