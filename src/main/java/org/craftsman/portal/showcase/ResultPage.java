package org.craftsman.portal.showcase;

import java.math.BigDecimal;
import java.util.List;

import org.craftsman.portal.award.AwardBoard;
import org.craftsman.portal.contract.ContractLine;
import org.craftsman.portal.hall.HotspotItem;
import org.craftsman.portal.result.ResultItem;

/**
 * A result's public page: the result with what the other features hold about it.
 *
 * @param result the result
 * @param contracts its signed contracts, oldest first
 * @param awards the awards it received
 * @param hotspots the online-hall hotspots that present it
 * @param liked whether this browser has liked it
 */
public record ResultPage(ResultItem result, List<ContractLine> contracts, List<AwardBoard> awards,
		List<HotspotItem> hotspots, boolean liked) {

	public BigDecimal contractAmount() {
		return this.contracts.stream().map(ContractLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
