package org.craftsman.portal.demo;

import java.util.List;

import org.craftsman.portal.demo.DemoRows.ArticleRow;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo news tells the first conference with the figures the rest of the demo data
 * adds up to, in both languages, one article per moment of the story.
 */
class DemoNewsTest {

	final DemoDataSet data = DemoDataSet.generate();

	final List<ArticleRow> articles = this.data.articles;

	@Test
	void sixArticlesFromTheOpeningToTheCloseInBothLanguages() {
		assertThat(this.articles).extracting(ArticleRow::slug)
			.containsExactly("opening", "day-one-highlights", "day-two-highlights", "contract-signing", "awards",
					"closing");
		assertThat(this.articles).extracting(ArticleRow::publishedAt).isSorted();
		assertThat(this.articles).allSatisfy((article) -> {
			assertThat(article.titleEn()).isNotBlank();
			assertThat(article.summaryEn()).isNotBlank();
			assertThat(article.bodyEn()).isNotBlank();
			assertThat(article.tagsEn().split(",")).hasSameSizeAs(article.tags().split(","));
			assertThat(article.publishedAt().toLocalDate()).isBetween(DemoDataSet.OPENING_DAY, DemoDataSet.CLOSING_DAY);
			assertThat(new ClassPathResource("demo-media/" + article.coverRef().substring("/media/".length())).exists())
				.as(article.coverRef())
				.isTrue();
		});
	}

	@Test
	void theFiguresAreThoseOfTheDemoData() {
		String opening = both("opening");
		assertThat(opening).contains(String.valueOf(DemoDataSet.OFFLINE_AREAS))
			.contains(String.valueOf(DemoDataSet.HOTSPOTS))
			.contains(String.valueOf(DemoDataSet.RESULTS))
			.contains(String.valueOf(this.data.broadcasts.size()));
		long contracts = this.data.contracts.size();
		long closingDay = this.data.contracts.stream()
			.filter((contract) -> contract.signedOn().equals(DemoDataSet.CLOSING_DAY))
			.count();
		long firstDay = this.data.contracts.stream()
			.filter((contract) -> contract.signedOn().equals(DemoDataSet.OPENING_DAY))
			.count();
		assertThat(both("day-one-highlights")).contains(firstDay + " ");
		assertThat(both("day-two-highlights")).contains(String.valueOf(contracts - closingDay));
		assertThat(both("contract-signing")).contains(String.valueOf(contracts))
			.contains(String.valueOf(closingDay))
			.contains(String.valueOf(DemoDataSet.SIGNED_RESULTS))
			.contains("¥100,000,000");
		assertThat(DemoDataSet.CONTRACT_AMOUNT).isEqualByComparingTo("100000000");
		assertThat(both("awards")).contains(DemoDataSet.TECH_ACHIEVEMENTS + " ")
			.contains(DemoDataSet.HONOURED_ORGANIZATIONS + " ")
			.contains(DemoDataSet.EXCELLENT_RESULTS + " ");
		assertThat(both("closing")).contains("411 万", "4.11 million", "3081 万", "30.81 million", "530 万",
				"5.3 million");
		assertThat(DemoDataSet.HALL_VISITS).isEqualTo(4_110_000L);
		assertThat(DemoDataSet.LIKES).isEqualTo(30_810_000L);
		assertThat(DemoDataSet.LIVE_VIEWS).isEqualTo(5_300_000L);
	}

	private String both(String slug) {
		ArticleRow article = this.articles.stream().filter((a) -> a.slug().equals(slug)).findFirst().orElseThrow();
		return String.join("\n", article.title(), article.titleEn(), article.summary(), article.summaryEn(),
				article.body(), article.bodyEn());
	}

}
