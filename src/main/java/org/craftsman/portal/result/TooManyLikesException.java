package org.craftsman.portal.result;

/** A client address sent more likes, or needed more new browser ids, than it may. */
class TooManyLikesException extends RuntimeException {

	private final long resultId;

	TooManyLikesException(long resultId) {
		super("Too many likes from one client address");
		this.resultId = resultId;
	}

	long resultId() {
		return this.resultId;
	}

}
