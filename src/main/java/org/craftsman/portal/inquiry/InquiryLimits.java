package org.craftsman.portal.inquiry;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * A token bucket per client address (Bucket4j): each address may send {@code perHour}
 * inquiries at once and gets them back evenly over the hour. The buckets live in a
 * bounded Caffeine cache, so that any number of addresses takes bounded memory.
 */
@Component
class InquiryLimits {

	private final Bandwidth bandwidth;

	private final Cache<String, Bucket> buckets;

	InquiryLimits(InquiryProperties properties) {
		this.bandwidth = Bandwidth.builder()
			.capacity(properties.perHour())
			.refillGreedy(properties.perHour(), Duration.ofHours(1))
			.build();
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.trackedAddresses())
			.expireAfterAccess(Duration.ofHours(2))
			.build();
	}

	/** Takes one inquiry from the address's allowance; false when none is left. */
	boolean allow(String address) {
		return this.buckets.get(String.valueOf(address), (key) -> Bucket.builder().addLimit(this.bandwidth).build())
			.tryConsume(1);
	}

	/** Starts every address afresh (for tests). */
	void forgetAll() {
		this.buckets.invalidateAll();
	}

}
