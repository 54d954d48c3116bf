package org.craftsman.portal.common.web;

import java.util.Locale;

import org.craftsman.portal.common.Vocabulary;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Picks the English variant of a name or title for English readers when one exists.
 * Templates call it as {@code @l10n.pick(area.name, area.nameEn)}.
 */
@Component("l10n")
public class Localized {

	public String pick(String chinese, String english) {
		return (isEnglish() && StringUtils.hasText(english)) ? english : chinese;
	}

	public String region(String region) {
		return isEnglish() ? Vocabulary.regionInEnglish(region) : region;
	}

	public String category(String category) {
		return isEnglish() ? Vocabulary.categoryInEnglish(category) : category;
	}

	public boolean isEnglish() {
		return isEnglish(LocaleContextHolder.getLocale());
	}

	public static boolean isEnglish(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
