package org.craftsman.portal.common.web;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.craftsman.portal.common.PublicReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Public pages as rendered for anonymous visitors, by address, language and scheme,
 * bounded in memory ({@link PageCacheProperties}). A page is kept for at most its time to
 * live, and every kept page is dropped as soon as a transaction that changed what public
 * pages show has committed, on any node: the database records such transactions in
 * {@code site_changes} (triggers, migration V91) and each node looks there every
 * {@code poll-interval}. With a replica serving the public lists ({@link PublicReads}) a
 * node looks at the replica's copy of {@code site_changes}: a change shows there only
 * once the replica has replayed it, so a page rendered after the drop shows it; and the
 * pages are dropped whenever the reads move between replica and primary.
 */
@Component
public class PageCache implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PageCache.class);

	/**
	 * A page older than its time to live is still served while one request renders it
	 * afresh, for up to this many times its time to live.
	 */
	private static final int KEPT_STALE = 6;

	private final Cache<String, CachedPage> pages;

	private final long freshMillis;

	/** Static files by address: their content never changes while the portal runs. */
	private final Cache<String, CachedPage> files;

	private final AtomicLong generation = new AtomicLong();

	private final JdbcClient jdbc;

	private final PublicReads reads;

	private volatile boolean lookedAtReplica;

	private final SimpleAsyncTaskScheduler poller = new SimpleAsyncTaskScheduler();

	private volatile boolean enabled;

	private volatile String lastChange;

	private final AtomicLong looks = new AtomicLong();

	PageCache(PageCacheProperties properties, JdbcClient jdbc, PublicReads reads,
			ObjectProvider<MeterRegistry> registry) {
		this.enabled = properties.enabled();
		this.jdbc = jdbc;
		this.reads = reads;
		this.freshMillis = properties.timeToLive().toMillis();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> key.length() * 2 + page.weight())
			.expireAfterWrite(properties.timeToLive().multipliedBy(KEPT_STALE))
			.recordStats()
			.build();
		this.files = Caffeine.newBuilder()
			.maximumWeight(properties.maxFilesSize().toBytes())
			.weigher((String key, CachedPage file) -> key.length() * 2 + file.weight())
			.build();
		registry.ifAvailable((meters) -> {
			CaffeineCacheMetrics.monitor(meters, this.pages, "public-pages");
			Gauge.builder("portal.page.cache.bytes", this, PageCache::weightedSize)
				.description("Memory taken by the kept public pages")
				.baseUnit("bytes")
				.register(meters);
			Gauge.builder("portal.page.cache.hit.ratio", this, PageCache::hitRatio)
				.description("Share of the requests for kept public pages that found their page, since the start")
				.register(meters);
		});
		this.poller.setThreadNamePrefix("page-cache-");
		this.poller.setVirtualThreads(false);
		this.poller.scheduleWithFixedDelay(this::lookForChanges, Instant.now().plusSeconds(1),
				properties.pollInterval());
	}

	boolean enabled() {
		return this.enabled;
	}

	/**
	 * Turns the keeping of pages on or off while the portal runs; off also drops every
	 * page. Static files are kept either way.
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
		clear();
	}

	/** The generation now: a page rendered in an older one is not kept. */
	long generation() {
		return this.generation.get();
	}

	/** Whether a kept page is younger than its time to live. */
	boolean fresh(CachedPage page) {
		return System.currentTimeMillis() - page.renderedAt().toEpochMilli() < this.freshMillis;
	}

	CachedPage get(String key) {
		return this.pages.getIfPresent(key);
	}

	/** Keeps a page rendered in a generation, unless the pages were dropped since. */
	void put(String key, CachedPage page, long renderedIn) {
		if (this.enabled && this.generation.get() == renderedIn) {
			this.pages.put(key, page);
			if (this.generation.get() != renderedIn) {
				this.pages.invalidate(key);
			}
		}
	}

	CachedPage file(String address) {
		return this.files.getIfPresent(address);
	}

	void putFile(String address, CachedPage file) {
		this.files.put(address, file);
	}

	/** Drops every page of this node. */
	public void clear() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	/** How many pages are kept, and the memory they take. */
	public long size() {
		return this.pages.estimatedSize();
	}

	/** The share of page requests answered from memory since the start (1 before any). */
	public double hitRatio() {
		return this.pages.stats().hitRate();
	}

	public long weightedSize() {
		return weight(this.pages) + weight(this.files);
	}

	private static long weight(Cache<String, CachedPage> cache) {
		return cache.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	/**
	 * Drops the pages when the database has recorded a change since the last look, and
	 * forgets changes older than a minute (which drops the pages once more, harmlessly).
	 */
	void lookForChanges() {
		try {
			boolean onReplica = this.reads.onReplica();
			String change = this.reads.jdbc()
				.sql("SELECT coalesce(max(txid), 0) || '/' || count(*) FROM site_changes")
				.query(String.class)
				.single();
			if (!change.equals(this.lastChange) || onReplica != this.lookedAtReplica) {
				clear();
			}
			this.lookedAtReplica = onReplica;
			this.lastChange = change;
			if (this.looks.incrementAndGet() % 600 == 0) {
				this.jdbc.sql("DELETE FROM site_changes WHERE changed_at < now() - interval '1 minute'").update();
			}
		}
		catch (RuntimeException ex) {
			// Kept pages stay until they expire; whatever changed meanwhile drops them at
			// the next look that reaches the database.
			this.lastChange = null;
			log.debug("Could not look for site changes: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.poller.close();
	}

	/** The keys of the pages kept now, for tests and diagnostics. */
	List<String> keys() {
		return List.copyOf(this.pages.asMap().keySet());
	}

}
