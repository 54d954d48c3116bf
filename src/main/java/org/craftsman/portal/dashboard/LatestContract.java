package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract as the big screen's ticker announces it.
 *
 * @param contractNo the contract's number
 * @param resultTitle the title of the result signed over
 * @param resultTitleEn its English title, where it has one
 * @param transferee who took the result over
 * @param transfereeEn their English name, where they have one
 * @param amount the contract's amount in yuan
 * @param signedOn the signing day
 */
public record LatestContract(String contractNo, String resultTitle, String resultTitleEn, String transferee,
		String transfereeEn, BigDecimal amount, LocalDate signedOn) {
}
