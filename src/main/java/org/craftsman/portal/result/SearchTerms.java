package org.craftsman.portal.result;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor's search words in the shape of the search index's tokens.
 * <p>
 * The index ({@code result_search.search_vector}, built by {@code portal_search_tokens}
 * from everything a result's card and page show) holds every Chinese character and every
 * pair of adjacent characters, plus English words. So a Chinese term of one character is
 * looked up as that character, and a longer term as all of its adjacent pairs; what is
 * left (English words, numbers) goes to PostgreSQL's English web-search parser, which
 * stems it like the index.
 *
 * @param chinese the Chinese tokens, separated by spaces (empty when there are none)
 * @param english the rest of the words (empty when there are none)
 * @param text the words as the visitor sees them echoed back, tidied and shortened
 * @param code the key of the result code the words may be ({@code cie0178} for
 * {@code CIE-0178}, {@code cie-0178} or {@code CIE0178}; empty when they are no code), as
 * {@code result_code_key} computes it in the schema
 */
public record SearchTerms(String chinese, String english, String text, String code) {

	/** Longer input is cut here: no one types more, and it bounds the query's size. */
	public static final int MAX_LENGTH = 100;

	/** The same character ranges as {@code portal_search_tokens} in the schema. */
	private static final Pattern CHINESE_RUN = Pattern
		.compile("[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}]+");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

	/** One word of letters and digits, maybe with dashes, and at least one digit. */
	private static final Pattern CODE = Pattern.compile("(?=.*[0-9])[A-Za-z0-9]+(-+[A-Za-z0-9]+)*");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");

	public static final SearchTerms NONE = new SearchTerms("", "", "", "");

	public static SearchTerms parse(String query) {
		if (query == null) {
			return NONE;
		}
		String text = SPACES.matcher(CONTROL.matcher(Normalizer.normalize(query, Normalizer.Form.NFKC)).replaceAll(" "))
			.replaceAll(" ")
			.strip();
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		Set<String> tokens = new LinkedHashSet<>();
		Matcher run = CHINESE_RUN.matcher(text);
		while (run.find()) {
			String term = run.group();
			if (term.length() == 1) {
				tokens.add(term);
			}
			for (int i = 0; i + 2 <= term.length(); i++) {
				tokens.add(term.substring(i, i + 2));
			}
		}
		String english = SPACES.matcher(CHINESE_RUN.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
		if (!WORD.matcher(english).find()) {
			english = "";
		}
		return new SearchTerms(String.join(" ", tokens), english, text, codeKey(text));
	}

	private static String codeKey(String text) {
		if (!CODE.matcher(text).matches()) {
			return "";
		}
		return NOT_ALPHANUMERIC.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
	}

	public boolean isEmpty() {
		return this.text.isEmpty();
	}

	public boolean hasChinese() {
		return !this.chinese.isEmpty();
	}

	public boolean hasEnglish() {
		return !this.english.isEmpty();
	}

	public boolean hasCode() {
		return !this.code.isEmpty();
	}

}
