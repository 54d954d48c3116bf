package org.craftsman.portal.demo;

import org.craftsman.portal.demo.DemoCatalog.Effect;
import org.craftsman.portal.demo.DemoCatalog.Term;

/**
 * What is known about one demo result, drawn once: both languages are written from these
 * facts, so that the Chinese and the English text never disagree.
 *
 * @param subject what the result is about
 * @param technique what it is
 * @param problem the difficulty it answers
 * @param effect what it achieved
 * @param effectPercent the percentage of that effect
 * @param yearlySavings savings a year, in units of ten thousand yuan (万元)
 * @param patents national patents granted
 * @param years years of development and trials
 * @param adopters work units that use it
 * @param leadZh the lead innovator's Chinese name
 * @param leadEn the lead innovator's name in English
 */
record ResultFacts(Term subject, Term technique, Term problem, Effect effect, int effectPercent, int yearlySavings,
		int patents, int years, int adopters, String leadZh, String leadEn) {

	String titleZh() {
		return this.subject.zh() + this.technique.zh();
	}

	String titleEn() {
		return DemoTexts.capitalize(this.technique.en()) + " for " + this.subject.en();
	}

	String effectZh() {
		return String.format(this.effect.zh(), this.effectPercent);
	}

	String effectEn() {
		return String.format(this.effect.en(), this.effectPercent);
	}

}
