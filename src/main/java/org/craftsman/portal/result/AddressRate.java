package org.craftsman.portal.result;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * A token bucket per client address (Bucket4j): each address may take {@code perMinute}
 * at once and gets them back evenly over a minute. The buckets live in a bounded Caffeine
 * cache of the most recently seen addresses, so that any number of addresses takes
 * bounded memory; an address unseen for two minutes has a full bucket anyway.
 */
final class AddressRate {

	private final Bandwidth bandwidth;

	private final Cache<String, Bucket> buckets;

	AddressRate(int perMinute, int trackedAddresses) {
		this.bandwidth = Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
		this.buckets = Caffeine.newBuilder()
			.maximumSize(trackedAddresses)
			.expireAfterAccess(Duration.ofMinutes(2))
			.build();
	}

	/** Takes one token for the address; false when it has none left. */
	boolean tryTake(String address) {
		return this.buckets.get(String.valueOf(address), (key) -> Bucket.builder().addLimit(this.bandwidth).build())
			.tryConsume(1);
	}

	void forgetAll() {
		this.buckets.invalidateAll();
	}

}
