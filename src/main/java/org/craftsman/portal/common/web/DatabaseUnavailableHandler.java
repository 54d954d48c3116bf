package org.craftsman.portal.common.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database is unreachable (restarting, failing over), visitors get the friendly
 * "busy for a moment" page with status 503 and a Retry-After hint instead of an error
 * trace; the connection pool reconnects by itself once the database is back.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

	static final String RETRY_AFTER_SECONDS = "5";

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	Object unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (!isDatabaseUnavailable(ex)) {
			throw ex;
		}
		log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
			problem.setDetail("The database is temporarily unavailable; retry in a few seconds.");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", RETRY_AFTER_SECONDS)
				.body(problem);
		}
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return page;
	}

	/**
	 * Whether the failure is the database being out of reach rather than a fault of the
	 * request: no connection to be had, or a connection lost (SQLSTATE class 08 is a
	 * connection failure, 57P0x the server shutting down or restarting).
	 */
	static boolean isDatabaseUnavailable(Throwable ex) {
		if (ex instanceof DataAccessResourceFailureException || ex instanceof CannotCreateTransactionException
				|| ex instanceof TransientDataAccessResourceException) {
			return true;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionLoss(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConnectionLoss(SQLException ex) {
		String state = ex.getSQLState();
		if (state == null) {
			// The pool's signal for a connection it has already discarded as broken, met
			// when a
			// transaction is rolled back after the server went away.
			return HIKARI_CLOSED_CONNECTION.equals(ex.getMessage());
		}
		return state.startsWith("08") || state.startsWith("57P0");
	}

}
