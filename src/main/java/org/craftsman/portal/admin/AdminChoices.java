package org.craftsman.portal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.common.Vocabulary;
import org.craftsman.portal.common.web.Localized;

import org.springframework.stereotype.Component;

/**
 * The shared vocabularies admin forms offer as selects, labelled in the reader's
 * language: regions and categories. A feature offers its own records itself (areas,
 * awards), and long lists (results, organizations) are searched as the organizer types.
 */
@Component
public class AdminChoices {

	private final Localized l10n;

	AdminChoices(Localized l10n) {
		this.l10n = l10n;
	}

	public Map<String, String> regions() {
		return labelled(List.copyOf(Vocabulary.REGIONS.keySet()), Vocabulary.REGIONS);
	}

	public Map<String, String> categories() {
		return labelled(List.copyOf(Vocabulary.CATEGORIES.keySet()), Vocabulary.CATEGORIES);
	}

	private Map<String, String> labelled(List<String> values, Map<String, String> english) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String value : values) {
			options.put(value, this.l10n.isEnglish() ? english.get(value) + " (" + value + ")" : value);
		}
		return options;
	}

}
