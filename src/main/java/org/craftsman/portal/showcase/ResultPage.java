package org.craftsman.portal.showcase;

import java.math.BigDecimal;
import java.util.List;

import org.craftsman.portal.award.AwardCard;
import org.craftsman.portal.contract.ContractCard;
import org.craftsman.portal.hall.HotspotCard;
import org.craftsman.portal.result.ResultCard;

/**
 * A result's public page: the result with what the other features hold about it.
 *
 * @param result the result
 * @param contracts its signed contracts, oldest first
 * @param awards the awards it received
 * @param hotspots the online-hall hotspots that present it
 * @param liked whether this browser has liked it
 */
public record ResultPage(ResultCard result, List<ContractCard> contracts, List<AwardCard> awards,
		List<HotspotCard> hotspots, boolean liked) {

	public BigDecimal contractAmount() {
		return this.contracts.stream().map(ContractCard::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
