package org.craftsman.portal.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.craftsman.portal.common.Vocabulary;
import org.craftsman.portal.demo.DemoCatalog.Term;
import org.craftsman.portal.demo.DemoRows.AnnouncementRow;
import org.craftsman.portal.demo.DemoRows.ResultRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo texts read true: both languages state the same facts, in several wordings,
 * with titles that make sense for their category.
 */
class DemoDataTextsTest {

	private static final Pattern CHINESE_NUMBER = Pattern.compile("(\\d+)(万)?");

	private static final Pattern ENGLISH_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

	private static final Pattern ONE_WITH_A_PLURAL = Pattern.compile("(?<![\\d,.])1 (?:[A-Za-z-]+ )?[A-Za-z-]+s\\b");

	private final DemoDataSet data = DemoDataSet.generate();

	@Test
	void everyResultStatesTheSameNumbersInChineseAndInEnglish() {
		for (ResultRow result : this.data.results) {
			String chinese = result.title() + " " + result.summary();
			String english = result.titleEn() + " " + result.summaryEn();
			assertThat(sorted(englishNumbers(english))).as("%s: %s / %s", result.code(), chinese, english)
				.isEqualTo(sorted(chineseNumbers(chinese)));
		}
	}

	@Test
	void citationsStateTheSameNumbersInChineseAndInEnglish() {
		for (AnnouncementRow announcement : this.data.announcements) {
			assertThat(sorted(englishNumbers(announcement.citationEn()))).as(announcement.citationEn())
				.isEqualTo(sorted(chineseNumbers(announcement.citation())));
		}
	}

	@Test
	void noEnglishTextCountsOneOfAPlural() {
		List<String> texts = new ArrayList<>();
		this.data.results.forEach((result) -> texts.add(result.summaryEn()));
		this.data.announcements.forEach((announcement) -> texts.add(announcement.citationEn()));
		assertThat(texts).noneMatch((text) -> ONE_WITH_A_PLURAL.matcher(text).find());
		assertThat(texts)
			.anyMatch((text) -> text.contains(" 1 national patent") && !text.contains(" 1 national patents"));
	}

	@Test
	void summariesFollowSeveralWordings() {
		Set<String> wordings = new HashSet<>();
		for (int i = 0; i < this.data.results.size(); i++) {
			wordings.add(wording(this.data.results.get(i).summaryEn(), this.data.resultFacts.get(i)));
		}
		assertThat(wordings).hasSizeGreaterThanOrEqualTo(5);
		Set<String> openings = new HashSet<>();
		this.data.results.forEach((result) -> openings.add(result.summary().substring(0, 2)));
		assertThat(openings).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void excellentResultsAndTechnicalAchievementsHaveVariedCitations() {
		Set<String> excellent = new HashSet<>();
		Set<String> achievements = new HashSet<>();
		for (AnnouncementRow announcement : this.data.announcements) {
			long award = announcement.awardId();
			if (award == 4L) {
				excellent.add(wording(announcement.citationEn(),
						this.data.resultFacts.get(announcement.resultId().intValue() - 1)));
			}
			if (award == 1L) {
				achievements.add(announcement.citationEn());
			}
		}
		assertThat(excellent).hasSizeGreaterThanOrEqualTo(5);
		assertThat(achievements).hasSize(12);
	}

	@Test
	void everyTitlePairsASubjectAndATechniqueOfItsOwnCategory() {
		List<String> categories = new ArrayList<>(Vocabulary.CATEGORIES.keySet());
		for (ResultRow result : this.data.results) {
			DemoCatalog.Field field = DemoCatalog.FIELDS.get(categories.indexOf(result.category()));
			assertThat(titles(field, true)).as(result.title()).contains(result.title());
			assertThat(titles(field, false)).as(result.titleEn()).contains(result.titleEn());
		}
		assertThat(this.data.results.stream().map(ResultRow::title).distinct()).hasSize(DemoDataSet.RESULTS);
	}

	@Test
	void everyGenerationGivesTheSameResultsHotspotsCitationsAndPosters() {
		DemoDataSet again = DemoDataSet.generate();
		assertThat(again.results).containsExactlyElementsOf(this.data.results);
		assertThat(again.hotspots).containsExactlyElementsOf(this.data.hotspots);
		assertThat(again.announcements).containsExactlyElementsOf(this.data.announcements);
		assertThat(again.organizations).containsExactlyElementsOf(this.data.organizations);
		assertThat(DemoMedia.svg(DemoMediaSources.poster(again, again.hotspots.get(7))))
			.isEqualTo(DemoMedia.svg(DemoMediaSources.poster(this.data, this.data.hotspots.get(7))));
	}

	private static Set<String> titles(DemoCatalog.Field field, boolean chinese) {
		Set<String> titles = new HashSet<>();
		for (Term subject : field.subjects()) {
			for (Term technique : field.techniques()) {
				titles.add(chinese ? subject.zh() + technique.zh()
						: DemoTexts.capitalize(technique.en()) + " for " + subject.en());
			}
		}
		return titles;
	}

	/** An English text with its facts taken out: what is left is its wording. */
	private static String wording(String text, ResultFacts facts) {
		String wording = text.replace(facts.effectEn(), "<effect>")
			.replace(facts.leadEn(), "<lead>")
			.replace(facts.subject().en(), "<subject>")
			.replace(facts.technique().en(), "<technique>")
			.replace(facts.problem().en(), "<problem>")
			.replace(DemoTexts.capitalize(facts.problem().en()), "<problem>");
		return ENGLISH_NUMBER.matcher(wording).replaceAll("#");
	}

	private static List<Long> chineseNumbers(String text) {
		List<Long> numbers = new ArrayList<>();
		Matcher matcher = CHINESE_NUMBER.matcher(text);
		while (matcher.find()) {
			long value = Long.parseLong(matcher.group(1));
			numbers.add((matcher.group(2) != null) ? value * 10_000 : value);
		}
		return numbers;
	}

	private static List<Long> englishNumbers(String text) {
		List<Long> numbers = new ArrayList<>();
		Matcher matcher = ENGLISH_NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(Long.parseLong(matcher.group().replace(",", "")));
		}
		return numbers;
	}

	private static List<Long> sorted(List<Long> numbers) {
		List<Long> sorted = new ArrayList<>(numbers);
		sorted.sort(null);
		return sorted;
	}

}
