package org.craftsman.portal.common.web;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where request parameters (query, form and multipart text fields) are
 * checked before anything reads them, the login throttle included: parameters that are
 * not valid UTF-8, or that hold a character of {@link UnsafeText}, get the 400 page and
 * reach nothing else. A client's mistake, so one warning line, never a stack trace.
 */
@Component
class RequestParametersFilter extends OncePerRequestFilter implements Ordered {

	private static final Logger log = LoggerFactory.getLogger(RequestParametersFilter.class);

	@Override
	public int getOrder() {
		// After the character encoding and the upload size check, before everything else.
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
			if (isMultipart(request)) {
				request.getParts();
			}
		}
		catch (IOException | IllegalStateException | ServletException ex) {
			if (clientStoppedSending(ex)) {
				stop(request, response);
			}
			else if (isMultipart(request)) {
				// An upload over the size limits: answered by the upload handling.
				chain.doFilter(request, response);
			}
			else {
				refuse(request, response, "unreadable parameters (" + printable(String.valueOf(ex.getMessage())) + ")");
			}
			return;
		}
		String unsafe = firstUnsafe(parameters);
		if (unsafe != null) {
			refuse(request, response, "a control or direction character in parameter '" + printable(unsafe) + "'");
			return;
		}
		chain.doFilter(request, response);
	}

	private static String firstUnsafe(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (UnsafeText.containsUnsafe(parameter.getKey())) {
				return parameter.getKey();
			}
			for (String value : parameter.getValue()) {
				if (UnsafeText.containsUnsafe(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
			throws IOException {
		log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
		if (!response.isCommitted()) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	/**
	 * A client that paused longer than the read timeout, or went away, midway through its
	 * form: the connection is closed, and nothing of the form is used.
	 */
	private static void stop(HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.warn("Stopped {} {}: the client stopped sending its request", request.getMethod(), request.getRequestURI());
		if (!response.isCommitted()) {
			response.setHeader("Connection", "close");
			response.sendError(HttpStatus.REQUEST_TIMEOUT.value());
		}
	}

	private static boolean clientStoppedSending(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ClientAbortException || cause instanceof SocketTimeoutException
					|| cause instanceof EOFException) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	private static String printable(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints()
			.limit(200)
			.forEach((c) -> out.append((UnsafeText.isUnsafe(c) || (Character.isWhitespace(c) && c != ' '))
					? String.format("\\u%04X", c) : Character.toString(c)));
		return out.toString();
	}

}
