package org.craftsman.portal.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money in yuan the ways people type it, exactly: thousands separators
 * ({@code ,} or {@code ，}) every three digits, full-width digits and punctuation, spaces,
 * a leading ¥, ￥, CNY or RMB, a trailing 元, and 万 for ten thousand. Anything that could
 * be read two ways is refused: separators in the wrong places, two decimal points, more
 * than two decimals (of a yuan).
 */
public final class Amounts {

	private static final Pattern AMOUNT = Pattern
		.compile("(?<number>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<fraction>\\d+))?(?<unit>万)?");

	private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(?:\\.\\d+)?[eE][+-]?\\d{1,2}");

	private static final Pattern CURRENCY = Pattern.compile("^(?:¥|CNY|RMB)", Pattern.CASE_INSENSITIVE);

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private Amounts() {
	}

	/**
	 * The amount a text means.
	 * @throws IllegalArgumentException when the text is no amount or could mean two
	 */
	public static BigDecimal parse(String text) {
		String plain = halfWidth(text);
		boolean negative = plain.startsWith("-");
		plain = CURRENCY.matcher(negative ? plain.substring(1) : plain).replaceFirst("");
		if (!negative && plain.startsWith("-")) {
			negative = true;
			plain = plain.substring(1);
		}
		if (plain.endsWith("元")) {
			plain = plain.substring(0, plain.length() - 1);
		}
		BigDecimal amount = SCIENTIFIC.matcher(plain).matches() ? scientific(plain) : written(plain);
		return negative ? amount.negate() : amount;
	}

	private static BigDecimal written(String plain) {
		Matcher matcher = AMOUNT.matcher(plain);
		if (!matcher.matches()) {
			throw new Unreadable(reason(plain));
		}
		String fraction = (matcher.group("fraction") != null) ? matcher.group("fraction") : "";
		boolean tenThousands = matcher.group("unit") != null;
		if (fraction.length() > (tenThousands ? 6 : 2)) {
			throw new Unreadable("admin.amount.decimals");
		}
		BigDecimal amount = new BigDecimal(
				matcher.group("number").replace(",", "") + (fraction.isEmpty() ? "" : "." + fraction));
		return (tenThousands ? amount.multiply(TEN_THOUSAND) : amount).setScale(2, RoundingMode.UNNECESSARY);
	}

	/** As spreadsheets write large numbers: 1.25E+6. */
	private static BigDecimal scientific(String plain) {
		BigDecimal amount = new BigDecimal(plain).stripTrailingZeros();
		if (amount.scale() > 2) {
			throw new Unreadable("admin.amount.decimals");
		}
		return amount.setScale(2);
	}

	/** Why a text that looks like a number is not one the portal can read surely. */
	private static String reason(String plain) {
		if (!plain.matches("[0-9.,万]*[0-9][0-9.,万]*")) {
			return null;
		}
		if (plain.indexOf('.') != plain.lastIndexOf('.')) {
			return "admin.amount.points";
		}
		if (plain.contains(",")) {
			return "admin.amount.separators";
		}
		return null;
	}

	/**
	 * A text that is no amount; with the label saying why when it looks like one (null
	 * when it does not look like a number at all).
	 */
	public static class Unreadable extends IllegalArgumentException {

		private final String reason;

		Unreadable(String reason) {
			super((reason != null) ? reason : "Not an amount", null);
			this.reason = reason;
		}

		public String reason() {
			return this.reason;
		}

	}

	/** How an amount reads back: ¥1,250,000.00. */
	public static String display(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount);
	}

	/** Full-width characters as their ASCII twins, without any kind of blank. */
	private static String halfWidth(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (c == '￥') {
				plain.append('¥');
			}
			else if (c >= 0xFF01 && c <= 0xFF5E) {
				plain.append((char) (c - 0xFEE0));
			}
			else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				plain.appendCodePoint(c);
			}
		});
		return plain.toString();
	}

}
