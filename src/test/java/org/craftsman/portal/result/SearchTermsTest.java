package org.craftsman.portal.result;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

	@Test
	void aTwoCharacterTermIsOneToken() {
		SearchTerms terms = SearchTerms.parse("焊接");
		assertThat(terms.chinese()).isEqualTo("焊接");
		assertThat(terms.english()).isEmpty();
	}

	@Test
	void aLongerTermIsLookedUpByItsAdjacentPairs() {
		assertThat(SearchTerms.parse("数控机床").chinese()).isEqualTo("数控 控机 机床");
	}

	@Test
	void aSingleCharacterIsItself() {
		assertThat(SearchTerms.parse("焊").chinese()).isEqualTo("焊");
	}

	@Test
	void chineseAndEnglishAreSeparated() {
		SearchTerms terms = SearchTerms.parse("5G基站 welding robots");
		assertThat(terms.chinese()).isEqualTo("基站");
		assertThat(terms.english()).isEqualTo("5G welding robots");
	}

	@Test
	void fullWidthLettersAndRepeatedPairsAreTidied() {
		SearchTerms terms = SearchTerms.parse("  ＣＮＣ　焊接 焊接\t");
		assertThat(terms.text()).isEqualTo("CNC 焊接 焊接");
		assertThat(terms.chinese()).isEqualTo("焊接");
		assertThat(terms.english()).isEqualTo("CNC");
	}

	@Test
	void punctuationAloneIsNoEnglishWord() {
		SearchTerms terms = SearchTerms.parse("焊接，!!");
		assertThat(terms.chinese()).isEqualTo("焊接");
		assertThat(terms.english()).isEmpty();
	}

	@Test
	void veryLongInputIsCutAndControlCharactersDropped() {
		SearchTerms terms = SearchTerms.parse("焊".repeat(10_000) + "\u0000");
		assertThat(terms.text()).hasSize(SearchTerms.MAX_LENGTH);
		assertThat(terms.chinese()).isEqualTo("焊焊");
		assertThat(SearchTerms.parse("a\u0000b").text()).isEqualTo("a b");
	}

	@Test
	void nothingIsAnEmptySearch() {
		assertThat(SearchTerms.parse(null).isEmpty()).isTrue();
		assertThat(SearchTerms.parse("   ").isEmpty()).isTrue();
	}

	@Test
	void aCodeIsTheSameKeyHoweverItsDashAndCaseAreTyped() {
		assertThat(SearchTerms.parse("CIE-0178").code()).isEqualTo("cie0178");
		assertThat(SearchTerms.parse("cie-0178").code()).isEqualTo("cie0178");
		assertThat(SearchTerms.parse(" CIE0178 ").code()).isEqualTo("cie0178");
		assertThat(SearchTerms.parse("ＣＩＥ－０１７８").code()).isEqualTo("cie0178");
	}

	@Test
	void wordsWithoutADigitOrWithSeveralWordsAreNoCode() {
		assertThat(SearchTerms.parse("welding").hasCode()).isFalse();
		assertThat(SearchTerms.parse("CIE-0178 焊接").hasCode()).isFalse();
		assertThat(SearchTerms.parse("-0178").hasCode()).isFalse();
		assertThat(SearchTerms.parse("焊接").hasCode()).isFalse();
	}

}
