package org.craftsman.portal.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page's own address is no page: opened directly (a bookmark, a language link
 * of an old error page) it answers "not found" like any other unknown address, instead of
 * an error page for an error that never happened.
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorAddressFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> directErrorAddress() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new NotFoundFilter());
		registration.addUrlPatterns("/error", "/error/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
		return registration;
	}

	/** Registered for plain requests only: the error dispatches themselves pass. */
	static final class NotFoundFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			response.sendError(HttpStatus.NOT_FOUND.value());
		}

	}

}
