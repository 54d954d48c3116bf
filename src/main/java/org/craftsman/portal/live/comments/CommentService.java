package org.craftsman.portal.live.comments;

import java.util.UUID;

import org.craftsman.portal.common.CookieSigner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts comments under the limits, which the database enforces so that they hold on every
 * node and under any concurrency: a post takes a transaction-scoped advisory lock on its
 * browser, then on its address (always in that order, so two posts never wait on each
 * other in a circle), counts that browser's and that address's comments in the two
 * windows, and inserts only when both are under their limits. Windows are measured on the
 * clock of the moment (not of the transaction's start), so a post that waited for the
 * lock sees the one it waited for. The insert announces the comment to every node.
 */
@Service
class CommentService {

	/** The advisory lock spaces of browsers and of addresses. */
	private static final int BROWSER_LOCKS = 150;

	private static final int ADDRESS_LOCKS = 151;

	private static final String ADDRESS_PURPOSE = "comment-address";

	private final JdbcClient jdbc;

	private final CommentProperties properties;

	private final CommentText text;

	private final CookieSigner signer;

	CommentService(JdbcClient jdbc, CommentProperties properties, CommentText text, CookieSigner signer) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.text = text;
		this.signer = signer;
	}

	/** Posts a comment; what came of it. */
	@Transactional
	public Outcome post(long broadcastId, String typed, UUID browser, String address) {
		CommentText.Checked checked = this.text.check(typed);
		if (!checked.accepted()) {
			return Outcome.refused(checked.error());
		}
		String addressKey = addressKey(address);
		lock(BROWSER_LOCKS, browser.toString());
		lock(ADDRESS_LOCKS, addressKey);
		if (banned(browser)) {
			return Outcome.refused("comment.error.banned");
		}
		if (overLimit("browser_id = CAST(:key AS UUID)", browser.toString(), this.properties.browserBurst(),
				this.properties.browserSustained())
				|| overLimit("address_key = :key", addressKey, this.properties.addressBurst(),
						this.properties.addressSustained())) {
			return Outcome.tooMany();
		}
		long id = this.jdbc.sql("""
				INSERT INTO live_comments (broadcast_id, body, browser_id, address_key, created_at)
				VALUES (?, ?, ?, ?, clock_timestamp()) RETURNING id""")
			.params(broadcastId, checked.body(), browser, addressKey)
			.query(Long.class)
			.single();
		return Outcome.posted(id);
	}

	private void lock(int space, String key) {
		this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?, hashtext(?))")
			.params(space, key)
			.query(Integer.class)
			.single();
	}

	private boolean banned(UUID browser) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM comment_bans WHERE browser_id = ?)")
			.param(browser)
			.query(Boolean.class)
			.single();
	}

	private boolean overLimit(String who, String key, int burst, int sustained) {
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE created_at > clock_timestamp() - CAST(:burst AS INTERVAL)) >= :burstLimit
				    OR count(*) >= :sustainedLimit
				FROM live_comments
				WHERE %s AND created_at > clock_timestamp() - CAST(:sustained AS INTERVAL)""".formatted(who))
			.param("key", key)
			.param("burst", this.properties.burstWindow().toMillis() + " milliseconds")
			.param("sustained", this.properties.sustainedWindow().toMillis() + " milliseconds")
			.param("burstLimit", burst)
			.param("sustainedLimit", sustained)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The client address as comments store it: a keyed hash, which tells addresses apart
	 * without keeping them.
	 */
	String addressKey(String address) {
		String signed = this.signer.sign(ADDRESS_PURPOSE, String.valueOf(address));
		return signed.substring(signed.lastIndexOf('.') + 1);
	}

	/** How many seconds a refused post should wait before trying again. */
	long retryAfterSeconds() {
		return Math.max(1, this.properties.burstWindow().toSeconds());
	}

	/**
	 * What came of a post.
	 *
	 * @param id the new comment's id, when it was posted
	 * @param error the message key of why it was refused, otherwise
	 * @param throttled whether it was refused for coming too often
	 */
	record Outcome(Long id, String error, boolean throttled) {

		static Outcome posted(long id) {
			return new Outcome(id, null, false);
		}

		static Outcome refused(String error) {
			return new Outcome(null, error, false);
		}

		static Outcome tooMany() {
			return new Outcome(null, "comment.error.tooMany", true);
		}

		boolean accepted() {
			return this.id != null;
		}

	}

}
