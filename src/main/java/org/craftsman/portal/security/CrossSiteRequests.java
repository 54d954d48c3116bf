package org.craftsman.portal.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.craftsman.portal.common.PublicSite;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CSRF defence of the actions an anonymous visitor takes without a token (a like), so
 * that the pages offering them are the same for every visitor: a browser says where a
 * request comes from, in {@code Sec-Fetch-Site} (every current browser) or else in
 * {@code Origin}, and a request another site made is refused. A request with neither
 * header does not come from a browser page, so no visitor was tricked into it.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

	/**
	 * The actions that carry no CSRF token: a like, an inquiry about a result and a
	 * comment on a broadcast.
	 */
	static final RequestMatcher TOKEN_FREE = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/results/{id}/like"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/results/{id}/inquiries"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/live/{id}/comments"));

	private final PublicSite site;

	CrossSiteRequests(PublicSite site) {
		this.site = site;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !TOKEN_FREE.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!fromThisSite(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

	boolean fromThisSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			String value = fetchSite.strip().toLowerCase(Locale.ROOT);
			return value.equals("same-origin") || value.equals("none");
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return true;
		}
		String given = origin.strip().toLowerCase(Locale.ROOT);
		return given.equals(ownOrigin(request)) || given.equals(origin(this.site.publicBaseUrl()));
	}

	private static String ownOrigin(HttpServletRequest request) {
		return origin(request.getScheme(), request.getServerName(), request.getServerPort());
	}

	private static String origin(URI base) {
		if (base == null || base.getScheme() == null || base.getHost() == null) {
			return "";
		}
		return origin(base.getScheme(), base.getHost(), base.getPort());
	}

	/** An origin as browsers write it: lower case, without the scheme's default port. */
	private static String origin(String scheme, String host, int port) {
		String lowerScheme = scheme.toLowerCase(Locale.ROOT);
		boolean defaultPort = port < 0 || (lowerScheme.equals("http") && port == 80)
				|| (lowerScheme.equals("https") && port == 443);
		return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

}
