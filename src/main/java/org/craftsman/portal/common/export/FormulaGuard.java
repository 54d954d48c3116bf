package org.craftsman.portal.common.export;

import java.util.regex.Pattern;

/**
 * Keeps exported text from running as a formula in a spreadsheet program (OWASP's advice
 * against CSV injection): text that starts with {@code = + - @}, a tab or a carriage
 * return, also after leading spaces, gets an apostrophe in front. {@link #unprotect}
 * takes exactly that apostrophe off again, so that what the portal exports it imports
 * unchanged.
 */
public final class FormulaGuard {

	private static final String TRIGGER = "[\\s\\u00A0\\u3000]*[=+\\-@\\t\\r]";

	private static final Pattern FORMULA_LIKE = Pattern.compile("^'*" + TRIGGER);

	private static final Pattern PROTECTED = Pattern.compile("^'+" + TRIGGER);

	private FormulaGuard() {
	}

	public static boolean formulaLike(String value) {
		return FORMULA_LIKE.matcher(value).lookingAt();
	}

	public static String protect(String value) {
		return formulaLike(value) ? "'" + value : value;
	}

	public static String unprotect(String value) {
		return PROTECTED.matcher(value).lookingAt() ? value.substring(1) : value;
	}

}
