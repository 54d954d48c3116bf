package org.craftsman.portal.admin;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Amounts of money are read the ways people type them, exactly, and anything that could
 * be read two ways is refused.
 */
class AmountsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "1250000|1250000.00", "1,250,000|1250000.00", "1，250，000|1250000.00", "１２３|123.00",
					"１，２５０．５|1250.50", "1 250 000|1250000.00", "¥1,250,000.00|1250000.00", "￥ 99.9|99.90",
					"CNY 1,000|1000.00", "cny1000|1000.00", "RMB 10|10.00", "125万|1250000.00", "1.5万元|15000.00",
					"1.23456万|12345.60", "3000元|3000.00", "0.01|0.01", "1,000.5|1000.50", "\u00a01\u3000000|1000.00",
					"1e5|100000.00", "1.25E+6|1250000.00", "-100|-100.00", "¥-5|-5.00" })
	void anAmountIsReadAsTyped(String typed, String exact) {
		assertThat(Amounts.parse(typed)).isEqualByComparingTo(new BigDecimal(exact))
			.hasToString(new BigDecimal(exact).toString());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1,25,0", "1,2500", "12,34", "1.2.3", "1..2", "12.345", "1.250", "1.2345678万", "abc",
			"1.2345e1", "¥", "", "12元元", "1,000,00", ",100", "100,", "万" })
	void anAmountThatCouldMeanTwoThingsIsRefused(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> Amounts.parse(typed));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "1250000|¥1,250,000.00", "0.5|¥0.50", "999999999999.99|¥999,999,999,999.99" })
	void anAmountReadsBackWithSeparatorsAndTwoDecimals(String amount, String shown) {
		assertThat(Amounts.display(new BigDecimal(amount))).isEqualTo(shown);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "1,25,0|admin.amount.separators", "1，2500|admin.amount.separators",
			"1.2.3|admin.amount.points", "12.345|admin.amount.decimals", "1.2345678万|admin.amount.decimals" })
	void anAmbiguousAmountSaysWhy(String typed, String reason) {
		assertThatExceptionOfType(Amounts.Unreadable.class).isThrownBy(() -> Amounts.parse(typed))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
