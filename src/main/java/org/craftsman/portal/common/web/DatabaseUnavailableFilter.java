package org.craftsman.portal.common.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The friendly 503 for failures the MVC layer never sees: a logged-in organizer's session
 * lives in the database (Spring Session JDBC), and its filter, which runs before the
 * dispatcher, fails while the database is away. Without this filter such a request ends
 * in a bare 500 from the web server. Runs before the session filter, so the page is
 * rendered as for an anonymous visitor, without touching the session store.
 */
@Component
class DatabaseUnavailableFilter extends OncePerRequestFilter implements Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ViewResolver views;

	DatabaseUnavailableFilter(@Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.views = views;
	}

	@Override
	public int getOrder() {
		return SessionRepositoryFilter.DEFAULT_ORDER - 10;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (response.isCommitted() || !causedByDatabaseOutage(ex)) {
				throw ex;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			respond(request, response);
		}
	}

	static boolean causedByDatabaseOutage(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (DatabaseUnavailableHandler.isDatabaseUnavailable(cause)) {
				return true;
			}
		}
		return false;
	}

	private void respond(HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		response.reset();
		SecurityHeaders.applyTo(response);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", DatabaseUnavailableHandler.RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream()
				.write(("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
						+ "\"detail\":\"The database is temporarily unavailable; retry in a few seconds.\"}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		try {
			View page = this.views.resolveViewName("error", request.getLocale());
			if (page != null) {
				page.render(Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value()), request, response);
				return;
			}
		}
		catch (Exception ex) {
			log.warn("Could not render the unavailable page: {}", ex.getMessage());
			response.reset();
			SecurityHeaders.applyTo(response);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", DatabaseUnavailableHandler.RETRY_AFTER_SECONDS);
		}
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream()
			.write("门户暂时繁忙，请几秒钟后再试。The portal is busy for a moment; please try again in a few seconds."
				.getBytes(StandardCharsets.UTF_8));
	}

}
