package org.craftsman.portal.dashboard;

import java.util.List;

/**
 * A period whose dates cannot be read or are out of order; each problem names its field
 * and the message key that explains it.
 */
public class InvalidPeriodException extends RuntimeException {

	private final List<Problem> problems;

	InvalidPeriodException(List<Problem> problems) {
		super("Invalid period: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * @param field {@code from} or {@code to}
	 * @param messageKey the key of the explanation in the dashboard's labels
	 */
	public record Problem(String field, String messageKey) {
	}

}
