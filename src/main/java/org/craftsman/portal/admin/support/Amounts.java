package org.craftsman.portal.admin.support;

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

	private static final Pattern CURRENCY = Pattern.compile("^(?:¥|CNY|RMB)", Pattern.CASE_INSENSITIVE);

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private Amounts() {
	}

	/**
	 * The amount a text means.
	 * @throws IllegalArgumentException when the text is no amount or could mean two
	 */
	public static BigDecimal parse(String text) {
		String plain = CURRENCY.matcher(halfWidth(text)).replaceFirst("");
		if (plain.endsWith("元")) {
			plain = plain.substring(0, plain.length() - 1);
		}
		Matcher matcher = AMOUNT.matcher(plain);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not an amount");
		}
		String fraction = (matcher.group("fraction") != null) ? matcher.group("fraction") : "";
		boolean tenThousands = matcher.group("unit") != null;
		if (fraction.length() > (tenThousands ? 6 : 2)) {
			throw new IllegalArgumentException("More than two decimals of a yuan");
		}
		BigDecimal amount = new BigDecimal(
				matcher.group("number").replace(",", "") + (fraction.isEmpty() ? "" : "." + fraction));
		if (tenThousands) {
			amount = amount.multiply(TEN_THOUSAND);
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
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
