package org.craftsman.portal.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A signed contract as the public pages list it.
 *
 * @param id the contract's id
 * @param contractNo its number
 * @param resultId the result signed over
 * @param resultTitle the result's Chinese title
 * @param resultTitleEn the result's English title
 * @param transferee the transferee's Chinese name
 * @param transfereeEn the transferee's English name
 * @param amount the amount in yuan
 * @param signedOn the day it was signed
 * @param kind how the result is put to use
 */
public record ContractCard(long id, String contractNo, long resultId, String resultTitle, String resultTitleEn,
		String transferee, String transfereeEn, BigDecimal amount, LocalDate signedOn, ContractKind kind) {

}
