package org.craftsman.portal.result;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client address: each address may take {@code perMinute} at once and
 * gets them back evenly over a minute. Kept in memory for the most recently seen
 * addresses only, so that any number of addresses takes bounded memory.
 */
final class AddressRate {

	private static final double NANOS_PER_MINUTE = 60e9;

	private final int perMinute;

	private final Map<String, Bucket> buckets;

	AddressRate(int perMinute, int trackedAddresses) {
		this.perMinute = perMinute;
		this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > trackedAddresses;
			}

		};
	}

	/** Takes one token for the address; false when it has none left. */
	synchronized boolean tryTake(String address) {
		long now = System.nanoTime();
		Bucket bucket = this.buckets.computeIfAbsent(String.valueOf(address), (key) -> new Bucket(this.perMinute, now));
		double refilled = Math.min(this.perMinute,
				bucket.tokens + (now - bucket.updated) * this.perMinute / NANOS_PER_MINUTE);
		bucket.updated = now;
		if (refilled < 1) {
			bucket.tokens = refilled;
			return false;
		}
		bucket.tokens = refilled - 1;
		return true;
	}

	synchronized void forgetAll() {
		this.buckets.clear();
	}

	private static final class Bucket {

		private double tokens;

		private long updated;

		private Bucket(double tokens, long updated) {
			this.tokens = tokens;
			this.updated = updated;
		}

	}

}
