package org.craftsman.portal.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A tag of articles: the name it is filtered by (as organizers typed it, in Chinese) and
 * its English name when one was given. Tags are stored comma-separated, the English names
 * in the same order.
 *
 * @param name the tag's name, which the {@code tag} parameter of the list names
 * @param nameEn its English name, or null
 */
public record ArticleTag(String name, String nameEn) {

	/** At most this many tags per article. */
	public static final int MOST = 8;

	/** The longest tag. */
	public static final int LONGEST = 30;

	/** The separators organizers type between tags: commas (both widths) and 、 and ;. */
	private static final String SEPARATORS = "[,，、;；]";

	/** The tags of a stored (or typed) list, blanks and repeats left out, in order. */
	public static List<String> split(String tags) {
		if (tags == null || tags.isBlank()) {
			return List.of();
		}
		Set<String> names = new LinkedHashSet<>();
		for (String tag : tags.split(SEPARATORS, -1)) {
			String name = tag.strip().replaceAll("\\s+", " ");
			if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return new ArrayList<>(names);
	}

	/** The English names typed in the order of the tags, blanks kept as gaps. */
	public static List<String> splitKeepingGaps(String tags) {
		if (tags == null || tags.isBlank()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String tag : tags.split(SEPARATORS, -1)) {
			names.add(tag.strip().replaceAll("\\s+", " "));
		}
		return names;
	}

	/** A list of tags as stored; null for none. */
	public static String join(List<String> names) {
		return names.isEmpty() ? null : String.join(",", names);
	}

	/** The tags of an article with their English names. */
	public static List<ArticleTag> of(String tags, String tagsEn) {
		List<String> names = split(tags);
		List<String> english = splitKeepingGaps(tagsEn);
		List<ArticleTag> labelled = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String en = (i < english.size() && !english.get(i).isEmpty()) ? english.get(i) : null;
			labelled.add(new ArticleTag(names.get(i), en));
		}
		return labelled;
	}

}
