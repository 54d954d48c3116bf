package org.craftsman.portal.news;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleMentionsTest {

	@Test
	void linksToResultsAreasAndAwardsBecomeMentionsInOrderOnce() {
		ArticleMentions mentions = ArticleMentions.of("""
				见 [成果甲](/results/12)、[成果乙](https://portal.example/results/7?lang=en)
				与 [再看甲](/results/12)，展区 [A 区](/areas/3/)，以及 [获奖名单](/awards)。
				""");
		assertThat(mentions.results()).containsExactly(12L, 7L);
		assertThat(mentions.areas()).containsExactly(3L);
		assertThat(mentions.awards()).isTrue();
	}

	@Test
	void otherLinksAndPlainTextMentionNothing() {
		ArticleMentions mentions = ArticleMentions
			.of("/results/5 不是链接；[别处](https://example.org/x) [坏](/results/abc) [深](/results/5/like)");
		assertThat(mentions.results()).isEmpty();
		assertThat(mentions.areas()).isEmpty();
		assertThat(mentions.awards()).isFalse();
		assertThat(ArticleMentions.of(null).results()).isEmpty();
	}

}
