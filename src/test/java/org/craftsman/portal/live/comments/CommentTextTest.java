package org.craftsman.portal.live.comments;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a comment may say, checked without the portal. */
class CommentTextTest {

	private final CommentText text = new CommentText(new CommentProperties(200, 50, 1, 20, 10, 300,
			Duration.ofSeconds(3), Duration.ofMinutes(10), List.of("傻逼", "Spam Word"), 2000, 300,
			Duration.ofSeconds(15), Duration.ofMinutes(10), Duration.ofSeconds(3), Duration.ofSeconds(15)));

	@Test
	void aBlockedWordIsFoundThroughSpacesPunctuationCaseAndWidth() {
		for (String comment : List.of("傻逼", "你 傻-逼", "SPAMWORD!", "s.p.a.m w.o.r.d", "ｓｐａｍｗｏｒｄ")) {
			assertThat(this.text.check(comment).error()).as(comment).isEqualTo("comment.error.blocked");
		}
		assertThat(this.text.check("傻瓜相机很好用").accepted()).isTrue();
	}

	@Test
	void aCommentIsOneTrimmedLineOfAtMostTheLimit() {
		assertThat(this.text.check("  好  ").body()).isEqualTo("好");
		assertThat(this.text.check("\u3000").error()).isEqualTo("comment.error.empty");
		assertThat(this.text.check(null).error()).isEqualTo("comment.error.empty");
		assertThat(this.text.check("字".repeat(201)).error()).isEqualTo("comment.error.tooLong");
		assertThat(this.text.check("😀".repeat(200)).accepted()).isTrue();
		assertThat(this.text.check("a\u2028b").error()).isEqualTo("comment.error.unprintable");
		assertThat(this.text.check("a\u202Eb").error()).isEqualTo("comment.error.unprintable");
		assertThat(this.text.check("👨\u200D👩\u200D👧").accepted()).isTrue();
	}

}
