package org.craftsman.portal.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags and lists of names as organizers type them: separated by commas (Chinese or
 * Western), enumeration commas, semicolons or line breaks; blanks and repeats dropped.
 */
public final class Tags {

	private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\r\\n]+");

	private Tags() {
	}

	/** The entries of a typed list in order, each once, trimmed; none for null. */
	public static List<String> split(String text) {
		if (text == null) {
			return List.of();
		}
		Set<String> entries = new LinkedHashSet<>();
		for (String entry : SEPARATORS.split(text)) {
			String trimmed = entry.strip();
			if (!trimmed.isEmpty()) {
				entries.add(trimmed);
			}
		}
		return List.copyOf(entries);
	}

	/** The entries of a typed list in order, repeats kept: to find them. */
	public static List<String> splitAll(String text) {
		List<String> entries = new ArrayList<>();
		if (text != null) {
			for (String entry : SEPARATORS.split(text)) {
				if (!entry.strip().isEmpty()) {
					entries.add(entry.strip());
				}
			}
		}
		return entries;
	}

	/** The list written the one way it is stored, or null when it is empty. */
	public static String join(List<String> entries, String separator) {
		return entries.isEmpty() ? null : String.join(separator, entries);
	}

}
