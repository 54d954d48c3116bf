package org.craftsman.portal.common.web;

/**
 * The characters no text the portal receives may hold, in a request parameter, a form
 * field or an imported cell: control characters other than tab and line breaks (NUL
 * cannot even be stored by PostgreSQL), and the invisible direction marks and overrides
 * that make a name read differently from what it is ("invoice\u202Efdp.exe").
 */
public final class UnsafeText {

	private UnsafeText() {
	}

	public static boolean containsUnsafe(String text) {
		return text != null && text.codePoints().anyMatch(UnsafeText::isUnsafe);
	}

	public static boolean isUnsafe(int c) {
		return isControl(c) || isDirectionFormatting(c) || c == 0xFFFE || c == 0xFFFF;
	}

	private static boolean isControl(int c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	private static boolean isDirectionFormatting(int c) {
		return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
				|| (c >= 0x2066 && c <= 0x2069);
	}

}
