package org.craftsman.portal.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the security headers on the response before anything else runs, so that the
 * answers written before the security filters' own header writer (an address the firewall
 * refuses, an upload over the limit, a request with unreadable parameters) carry them
 * too. An error page keeps them: the web server resets only the body.
 */
@Component
class SecurityHeadersFilter extends OncePerRequestFilter implements Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.applyTo(response);
		chain.doFilter(request, response);
	}

}
