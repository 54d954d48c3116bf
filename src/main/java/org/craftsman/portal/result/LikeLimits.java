package org.craftsman.portal.result;

import org.springframework.stereotype.Component;

/**
 * How many likes, and how many new browser ids, one client address gets per minute: a
 * script that throws away its cookie gets a new id each time, so the rate of new ids
 * bounds what it can add.
 */
@Component
class LikeLimits {

	private final AddressRate likes;

	private final AddressRate newIds;

	LikeLimits(LikeProperties properties) {
		this.likes = new AddressRate(properties.likesPerMinute(), properties.trackedAddresses());
		this.newIds = new AddressRate(properties.newIdsPerMinute(), properties.trackedAddresses());
	}

	boolean allowLike(String address) {
		return this.likes.tryTake(address);
	}

	boolean allowNewId(String address) {
		return this.newIds.tryTake(address);
	}

	/** Starts every address afresh (for tests that measure the limits). */
	void forgetAll() {
		this.likes.forgetAll();
		this.newIds.forgetAll();
	}

}
