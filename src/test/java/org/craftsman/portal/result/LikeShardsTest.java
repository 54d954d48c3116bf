package org.craftsman.portal.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Likes of one result spread over its sixteen shard rows and are folded into its
 * {@code like_count} while more likes arrive: no like is lost or counted twice, the shown
 * count is exact before and after a fold, and the dashboard's like total always equals
 * the results' like counts plus their shards. The scheduled fold may run at any moment
 * during these tests too; nothing here depends on when it does. Works on results of its
 * own, removed afterwards.
 */
@IntegrationTest
class LikeShardsTest {

	static final int BROWSERS = 600;

	static final int LIKERS = 8;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResultCounters counters;

	@Autowired
	ResultQueries queries;

	@Autowired
	LikeFold fold;

	@Autowired
	LikeWriter writer;

	OwnRows rows;

	long result;

	@BeforeEach
	void createResult() {
		this.rows = new OwnRows(this.jdbc);
		this.result = this.rows.result("分片点赞测试成果");
	}

	@AfterEach
	void removeResult() {
		this.rows.deleteAll();
		assertDashboardExact("removing the test's results");
	}

	@Test
	void manyBrowsersLikingOneResultWhileFoldsRunAreEachCountedOnce() throws Exception {
		long dashboardBefore = dashboardLikes();
		List<UUID> browsers = new ArrayList<>();
		for (int i = 0; i < BROWSERS; i++) {
			browsers.add(UUID.randomUUID());
		}
		AtomicInteger counted = new AtomicInteger();
		AtomicInteger repeatsCounted = new AtomicInteger();
		AtomicInteger folds = new AtomicInteger();
		AtomicBoolean liking = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(LIKERS + 1);
		CountDownLatch start = new CountDownLatch(1);
		try {
			Future<?> folder = pool.submit(() -> {
				start.await();
				while (liking.get()) {
					if (this.fold.fold().isPresent()) {
						folds.incrementAndGet();
					}
				}
				return null;
			});
			List<Future<?>> likers = new ArrayList<>();
			for (int t = 0; t < LIKERS; t++) {
				int first = t;
				likers.add(pool.submit(() -> {
					start.await();
					for (int i = first; i < BROWSERS; i += LIKERS) {
						ResultCounters.Like like = this.counters.like(this.result, browsers.get(i)).orElseThrow();
						if (like.counted()) {
							counted.incrementAndGet();
						}
						// Every third browser likes twice: the second is not counted.
						if (i % 3 == 0 && this.counters.like(this.result, browsers.get(i)).orElseThrow().counted()) {
							repeatsCounted.incrementAndGet();
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> liker : likers) {
				liker.get(5, TimeUnit.MINUTES);
			}
			liking.set(false);
			folder.get(1, TimeUnit.MINUTES);
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(counted).hasValue(BROWSERS);
		assertThat(repeatsCounted).as("repeat likes from the same browsers").hasValue(0);
		assertThat(folds).as("folds that ran beside the likes").hasPositiveValue();
		assertThat(count("SELECT count(*) FROM result_likes WHERE result_id = ?")).isEqualTo(BROWSERS);
		assertThat(this.counters.likeCount(this.result)).hasValue((long) BROWSERS);
		assertThat(this.queries.find(this.result).orElseThrow().likeCount()).isEqualTo(BROWSERS);
		assertThat(dashboardLikes() - dashboardBefore).as("likes the dashboard gained").isEqualTo(BROWSERS);
		assertDashboardExact("likes and folds at once");

		this.fold.foldWaiting();
		assertThat(count("SELECT like_count FROM innovation_results WHERE id = ?")).isEqualTo(BROWSERS);
		assertThat(count("SELECT coalesce(sum(likes), 0) FROM result_like_shards WHERE result_id = ?")).isZero();
		assertThat(dashboardLikes() - dashboardBefore).as("likes the dashboard has after the last fold")
			.isEqualTo(BROWSERS);
		assertDashboardExact("the last fold");
	}

	@Test
	void aRepeatLikeFromTheSameBrowserIsNotCountedAndAnswersTheCount() {
		UUID browser = UUID.randomUUID();
		assertThat(this.counters.like(this.result, browser)).hasValue(new ResultCounters.Like(1, true));
		assertThat(this.counters.like(this.result, browser)).hasValue(new ResultCounters.Like(1, false));
		this.fold.foldWaiting();
		assertThat(this.counters.like(this.result, browser)).as("after a fold")
			.hasValue(new ResultCounters.Like(1, false));
		assertThat(this.counters.like(this.result, UUID.randomUUID())).hasValue(new ResultCounters.Like(2, true));
		assertThat(count("SELECT count(*) FROM result_likes WHERE result_id = ?")).isEqualTo(2);
		assertDashboardExact("repeat likes");
	}

	@Test
	void likesWrittenTogetherEachGetTheirOwnAnswer() {
		long other = this.rows.result("分片点赞同组测试");
		UUID twice = UUID.randomUUID();
		UUID once = UUID.randomUUID();
		this.jdbc.update("UPDATE innovation_results SET published = false WHERE id = ?", other);
		List<Optional<ResultCounters.Like>> outcomes = this.writer.writeTogether(
				List.of(this.result, this.result, other, this.result, -1L), List.of(twice, twice, once, once, once));
		assertThat(outcomes).containsExactly(Optional.of(new ResultCounters.Like(2, true)),
				Optional.of(new ResultCounters.Like(2, false)), Optional.empty(),
				Optional.of(new ResultCounters.Like(2, true)), Optional.empty());
		assertThat(count("SELECT count(*) FROM result_likes WHERE result_id = ?")).isEqualTo(2);
		assertThat(this.counters.likeCount(this.result)).hasValue(2L);
		assertThat(this.writer.writeTogether(List.of(this.result), List.of(twice)))
			.containsExactly(Optional.of(new ResultCounters.Like(2, false)));
		assertDashboardExact("likes written together");
	}

	@Test
	void likesSentAtOnceShareCommits() throws Exception {
		long groupsBefore = this.writer.groups();
		int likes = 200;
		ExecutorService pool = Executors.newFixedThreadPool(64);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < likes; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.counters.like(this.result, UUID.randomUUID()).orElseThrow().counted();
				}));
			}
			start.countDown();
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get(1, TimeUnit.MINUTES)).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.counters.likeCount(this.result)).hasValue((long) likes);
		assertThat(this.writer.groups() - groupsBefore).as("statements that wrote %d likes sent at once", likes)
			.isLessThan(likes);
		assertDashboardExact("likes sent at once");
	}

	@Test
	void likesOfOneResultSpreadOverItsShardsAndTheShownCountAddsThem() {
		for (int i = 0; i < 64; i++) {
			this.counters.like(this.result, new UUID(0x5eed, i));
		}
		this.fold.foldWaiting();
		for (int i = 64; i < 128; i++) {
			this.counters.like(this.result, new UUID(0x5eed, i));
		}
		assertThat(count("SELECT count(*) FROM result_like_shards WHERE result_id = ? AND likes > 0"))
			.as("shard rows holding the likes since the fold")
			.isGreaterThanOrEqualTo(8);
		assertThat(this.queries.find(this.result).orElseThrow().likeCount()).isEqualTo(128);
		assertThat(this.counters.likeCount(this.result)).hasValue(128L);
		assertDashboardExact("likes spread over shards");
	}

	@Test
	void aFoldLeavesTheDashboardTotalAsItIs() {
		for (int i = 0; i < 40; i++) {
			this.counters.like(this.result, UUID.randomUUID());
		}
		long dashboard = dashboardLikes();
		this.fold.foldWaiting();
		assertThat(dashboardLikes()).isEqualTo(dashboard);
		assertThat(count("SELECT like_count FROM innovation_results WHERE id = ?")).isEqualTo(40);
		assertThat(this.fold.foldWaiting()).as("a fold with nothing to move").isZero();
		assertDashboardExact("a fold");
	}

	@Test
	void deletingAResultTakesItsUnfoldedLikesOffTheDashboard() {
		long before = dashboardLikes();
		long other = this.rows.result("分片点赞删除测试");
		for (int i = 0; i < 10; i++) {
			this.counters.like(other, UUID.randomUUID());
		}
		assertThat(dashboardLikes() - before).isEqualTo(10);
		this.jdbc.update("DELETE FROM innovation_results WHERE id = ?", other);
		assertThat(dashboardLikes()).isEqualTo(before);
		assertDashboardExact("deleting a result with likes in its shards");
	}

	@Test
	void aResultThatIsNotPublishedTakesNoLike() {
		this.jdbc.update("UPDATE innovation_results SET published = false WHERE id = ?", this.result);
		assertThat(this.counters.like(this.result, UUID.randomUUID())).isEmpty();
		assertThat(this.counters.likeCount(this.result)).isEmpty();
		assertThat(count("SELECT count(*) FROM result_like_shards WHERE result_id = ?")).isZero();
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, this.result);
	}

	private long dashboardLikes() {
		return this.jdbc.queryForObject(
				"SELECT coalesce(sum(value), 0)::bigint FROM dashboard_counters WHERE counter = 'likes'", Long.class);
	}

	/** The dashboard's like total equals every result's like count plus its shards. */
	private void assertDashboardExact(String after) {
		long counted = this.jdbc.queryForObject("""
				SELECT ((SELECT coalesce(sum(like_count), 0) FROM innovation_results)
				      + (SELECT coalesce(sum(likes), 0) FROM result_like_shards))::bigint""", Long.class);
		assertThat(dashboardLikes()).as("the dashboard's like total after " + after).isEqualTo(counted);
	}

}
