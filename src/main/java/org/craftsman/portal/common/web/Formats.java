package org.craftsman.portal.common.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.craftsman.portal.common.PortalProperties;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, money, areas and dates as a reader of the current language expects them.
 * Templates call it as {@code @fmt.count(n)}, {@code @fmt.yuan(amount)},
 * {@code @fmt.date(day)}.
 */
@Component("fmt")
public class Formats {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	/**
	 * Keeps a number and its unit on one line: 10,260 m², 30.81 million, CNY 1 million.
	 */
	private static final String NO_BREAK = "\u00a0";

	/** Characters a headline figure may have to fit one column of the figure grid. */
	private static final int WIDE_FIGURE = 7;

	private final ZoneId zone;

	public Formats(PortalProperties properties) {
		this.zone = properties.timeZone();
	}

	public String count(Number value) {
		return (value != null) ? NumberFormat.getIntegerInstance(locale()).format(value) : "";
	}

	/** A large count in words a reader takes in at a glance: 411万 / 4.11 million. */
	public String compact(Number value) {
		if (value == null) {
			return "";
		}
		BigDecimal number = new BigDecimal(value.toString());
		if (Localized.isEnglish(locale())) {
			return (number.compareTo(MILLION) >= 0) ? plain(number.divide(MILLION), 2) + NO_BREAK + "million"
					: count(value);
		}
		if (number.compareTo(HUNDRED_MILLION) >= 0) {
			return plain(number.divide(HUNDRED_MILLION), 2) + "亿";
		}
		return (number.compareTo(TEN_THOUSAND) >= 0) ? plain(number.divide(TEN_THOUSAND), 2) + "万" : count(value);
	}

	/** An exact amount of money: ¥100,000,000.00. */
	public String yuan(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return "¥" + format.format(amount);
	}

	/** An amount in words: 1亿元 / CNY 100 million. */
	public String compactYuan(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		return Localized.isEnglish(locale()) ? "CNY" + NO_BREAK + compact(amount) : compact(amount) + "元";
	}

	/** A floor area in square metres. */
	public String squareMetres(BigDecimal area) {
		if (area == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(2);
		return format.format(area) + NO_BREAK + "m²";
	}

	/**
	 * The class that gives a headline figure too long for one column of the figure grid
	 * two columns, so it stays on one line at a size that reads: 10,260 m², CNY 100
	 * million.
	 */
	public String figureSpan(String figure) {
		return (figure != null && figure.length() > WIDE_FIGURE) ? "figure-wide" : "";
	}

	public String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date)
				: "";
	}

	/** A day without its year, for chart labels: 4月27日 / 27 Apr. */
	public String dayMonth(LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern(Localized.isEnglish(locale()) ? "d MMM" : "M月d日", locale()).format(date);
	}

	/** A month, for chart labels: 2022年4月 / Apr 2022. */
	public String month(LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern(Localized.isEnglish(locale()) ? "MMM yyyy" : "yyyy年M月", locale())
			.format(date);
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale())
			.withZone(this.zone)
			.format(instant);
	}

	public String time(Instant instant) {
		return (instant != null)
				? DateTimeFormatter.ofPattern("HH:mm").withLocale(locale()).withZone(this.zone).format(instant) : "";
	}

	/** An ISO-8601 timestamp for machine-readable {@code <time datetime>} attributes. */
	public String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(this.zone).format(instant) : "";
	}

	private static String plain(BigDecimal value, int maxFractionDigits) {
		return value.setScale(maxFractionDigits, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
