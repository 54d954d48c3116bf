package org.craftsman.portal.live.comments;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * What a comment may say: one line of 1 to {@code maxLength} characters once trimmed,
 * without control or formatting characters (the joiner inside emoji excepted), and none
 * of the blocked words. A blocked word is refused, not masked, so the writer knows why
 * and what the others see is what was written. Words are found ignoring case, full- or
 * half-width forms and anything but letters and digits put between their letters ("f.u
 * c-k", "ｆｕｃｋ").
 */
@Component
class CommentText {

	private static final int ZERO_WIDTH_JOINER = 0x200D;

	private final int maxLength;

	private final List<String> blocked;

	CommentText(CommentProperties properties) {
		this.maxLength = properties.maxLength();
		this.blocked = properties.blockedWords()
			.stream()
			.map(CommentText::letters)
			.filter((word) -> !word.isEmpty())
			.toList();
	}

	/** The comment as it is stored, or why it cannot be. */
	Checked check(String text) {
		String body = (text != null) ? text.strip() : "";
		if (body.isEmpty()) {
			return Checked.refused("comment.error.empty");
		}
		if (body.codePointCount(0, body.length()) > this.maxLength) {
			return Checked.refused("comment.error.tooLong");
		}
		if (body.codePoints().anyMatch(CommentText::unprintable)) {
			return Checked.refused("comment.error.unprintable");
		}
		String letters = letters(body);
		if (this.blocked.stream().anyMatch(letters::contains)) {
			return Checked.refused("comment.error.blocked");
		}
		return new Checked(body, null);
	}

	int maxLength() {
		return this.maxLength;
	}

	private static boolean unprintable(int codePoint) {
		int type = Character.getType(codePoint);
		return (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED)
				&& codePoint != ZERO_WIDTH_JOINER;
	}

	/** Only the letters and digits, in one width and case. */
	static String letters(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder letters = new StringBuilder(folded.length());
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		return letters.toString();
	}

	/**
	 * @param body the trimmed text, when it may be posted
	 * @param error the message key of why not, otherwise
	 */
	record Checked(String body, String error) {

		static Checked refused(String error) {
			return new Checked(null, error);
		}

		boolean accepted() {
			return this.error == null;
		}

	}

}
