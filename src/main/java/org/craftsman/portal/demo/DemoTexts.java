package org.craftsman.portal.demo;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The sentences of the demo data, each in Chinese and English and written from the same
 * {@link ResultFacts}: several wordings of a summary and of a citation, so that the
 * results do not all read alike.
 */
final class DemoTexts {

	record Bilingual(String zh, String en) {
	}

	private DemoTexts() {
	}

	static final List<Function<ResultFacts, Bilingual>> SUMMARIES = List.of(DemoTexts::trialsSummary,
			DemoTexts::teamSummary, DemoTexts::siteTestSummary, DemoTexts::shopFloorSummary, DemoTexts::answerSummary,
			DemoTexts::serviceSummary);

	static final List<Function<ResultFacts, Bilingual>> CITATIONS = List.of(
			(f) -> new Bilingual("创新性强、应用价值高，获评优秀创新成果。", "Highly original and of great practical value."),
			(f) -> new Bilingual("立足生产一线，" + f.effectZh() + "，推广价值突出。",
					"Born on the shop floor, it " + f.effectEn() + " and deserves to spread."),
			(f) -> new Bilingual("已在" + f.adopters() + "家单位应用，年节约成本约" + f.yearlySavings() + "万元。",
					"In use at " + workUnits(f.adopters()) + ", saving about " + yuan(f.yearlySavings()) + " a year."),
			(f) -> new Bilingual("以" + f.technique().zh() + "解决" + f.subject().zh() + f.problem().zh() + "的难题，成效显著。",
					"Solves " + f.problem().en() + " in " + f.subject().en() + " with clear results."),
			(f) -> new Bilingual("拥有国家专利" + f.patents() + "项，技术成熟，易于复制推广。",
					"Holds " + patents(f.patents()) + "; mature and easy to replicate."),
			(f) -> new Bilingual("团队协作攻关成效突出，为同类生产现场提供了可借鉴的经验。",
					"An outstanding team effort that similar workplaces can learn from."));

	static final List<Function<ResultFacts, Bilingual>> HONOURS = List.of(
			(f) -> new Bilingual("以“" + f.titleZh() + "”解决生产一线难题，成果转化成效显著。",
					"Solved a shop-floor problem with \u201c" + f.titleEn() + "\u201d, now widely put to use."),
			(f) -> new Bilingual("带领团队攻关" + f.years() + "年，" + f.effectZh() + "。",
					"Led the team through " + years(f.years()) + " of work; the result " + f.effectEn() + "."),
			(f) -> new Bilingual("扎根" + f.subject().zh() + "一线，成果已在" + f.adopters() + "家单位推广。",
					"Rooted in the work on " + f.subject().en() + "; the result is used at " + workUnits(f.adopters())
							+ "."),
			(f) -> new Bilingual("勇于攻克" + f.problem().zh() + "的难题，获国家专利" + f.patents() + "项。",
					"Took on " + f.problem().en() + " and holds " + patents(f.patents()) + "."));

	private static Bilingual trialsSummary(ResultFacts f) {
		return new Bilingual(
				"针对" + f.subject().zh() + f.problem().zh() + "的难题，" + f.leadZh() + "带领团队历时" + f.years() + "年反复试验，研制出"
						+ f.technique().zh() + "。应用后" + f.effectZh() + "，每年节约成本约" + f.yearlySavings() + "万元，已在"
						+ f.adopters() + "家单位推广，获国家专利授权" + f.patents() + "项。",
				"Facing " + f.problem().en() + " in " + f.subject().en() + ", " + f.leadEn() + " and the team spent "
						+ years(f.years()) + " of trials developing this " + f.technique().en() + ". In use it "
						+ f.effectEn() + " and saves about " + yuan(f.yearlySavings()) + " a year; "
						+ workUnits(f.adopters()) + " have adopted it, and it holds " + patents(f.patents()) + ".");
	}

	private static Bilingual teamSummary(ResultFacts f) {
		return new Bilingual(
				f.leadZh() + "所在班组长期承担" + f.subject().zh() + "的运行维护，针对" + f.problem().zh() + "，提出" + f.technique().zh()
						+ "。该成果" + f.effectZh() + "，年创效益约" + f.yearlySavings() + "万元，已获授权专利" + f.patents() + "项，在"
						+ f.adopters() + "家单位应用。",
				f.leadEn() + "'s team has long looked after " + f.subject().en() + ". To deal with " + f.problem().en()
						+ ", it devised this " + f.technique().en() + ", which " + f.effectEn()
						+ ". It brings in about " + yuan(f.yearlySavings()) + " a year, holds " + patents(f.patents())
						+ " and is used at " + workUnits(f.adopters()) + ".");
	}

	private static Bilingual siteTestSummary(ResultFacts f) {
		return new Bilingual(
				"这项" + f.technique().zh() + "由" + f.leadZh() + "团队完成，解决了" + f.subject().zh() + f.problem().zh()
						+ "的问题。经" + f.years() + "年现场验证，" + f.effectZh() + "，每年减少支出约" + f.yearlySavings()
						+ "万元。目前已取得国家专利" + f.patents() + "项。",
				f.leadEn() + "'s team built this " + f.technique().en() + " to end " + f.problem().en() + " in "
						+ f.subject().en() + ". Tested on site for " + years(f.years()) + ", it " + f.effectEn()
						+ " and cuts spending by about " + yuan(f.yearlySavings()) + " a year. It has been granted "
						+ patents(f.patents()) + ".");
	}

	private static Bilingual shopFloorSummary(ResultFacts f) {
		return new Bilingual(
				f.subject().zh() + f.problem().zh() + "，一直是生产一线的难点。" + f.leadZh() + "团队从现场需求出发，研制" + f.technique().zh()
						+ "，" + f.effectZh() + "。成果已推广至" + f.adopters() + "家单位，年节约成本约" + f.yearlySavings() + "万元，拥有国家专利"
						+ f.patents() + "项。",
				capitalize(f.problem().en()) + " in " + f.subject().en()
						+ " had been a persistent difficulty on the shop floor. Starting from what the site needed, "
						+ f.leadEn() + "'s team built this " + f.technique().en() + ", which " + f.effectEn()
						+ ". Now adopted by " + workUnits(f.adopters()) + ", it saves about " + yuan(f.yearlySavings())
						+ " a year and is protected by " + patents(f.patents()) + ".");
	}

	private static Bilingual answerSummary(ResultFacts f) {
		return new Bilingual(
				"以" + f.technique().zh() + "破解" + f.subject().zh() + f.problem().zh() + "的难题：" + f.leadZh() + "带领团队用"
						+ f.years() + "年时间完成研制与试用，" + f.effectZh() + "。该成果获国家专利" + f.patents() + "项，每年可节约成本约"
						+ f.yearlySavings() + "万元。",
				"This " + f.technique().en() + " answers " + f.problem().en() + " in " + f.subject().en() + ": "
						+ f.leadEn() + " led the team through " + years(f.years())
						+ " of development and trials, and it " + f.effectEn() + ". It holds " + patents(f.patents())
						+ " and saves about " + yuan(f.yearlySavings()) + " a year.");
	}

	private static Bilingual serviceSummary(ResultFacts f) {
		return new Bilingual(
				f.leadZh() + "团队围绕" + f.subject().zh() + "开展技术攻关，针对" + f.problem().zh() + "研制出" + f.technique().zh()
						+ "。投用以来" + f.effectZh() + "，已在" + f.adopters() + "家单位使用，年节约成本约" + f.yearlySavings()
						+ "万元，获国家专利授权" + f.patents() + "项。",
				"Working on " + f.subject().en() + ", " + f.leadEn() + "'s team tackled " + f.problem().en()
						+ " with this " + f.technique().en() + ". Since going into service it " + f.effectEn()
						+ "; it is used at " + workUnits(f.adopters()) + ", saves about " + yuan(f.yearlySavings())
						+ " a year and holds " + patents(f.patents()) + ".");
	}

	static String patents(int count) {
		return count + ((count == 1) ? " national patent" : " national patents");
	}

	static String years(int count) {
		return count + ((count == 1) ? " year" : " years");
	}

	static String workUnits(int count) {
		return count + ((count == 1) ? " work unit" : " work units");
	}

	/** Ten-thousands of yuan (万元) written out in yuan. */
	static String yuan(int tenThousands) {
		return String.format(Locale.ENGLISH, "%,d yuan", tenThousands * 10_000L);
	}

	static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
