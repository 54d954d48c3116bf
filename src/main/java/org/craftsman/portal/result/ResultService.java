package org.craftsman.portal.result;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.craftsman.portal.award.AwardBoard;
import org.craftsman.portal.award.AwardQueries;
import org.craftsman.portal.common.web.Paging;
import org.craftsman.portal.contract.ContractLine;
import org.craftsman.portal.contract.ContractQueries;
import org.craftsman.portal.hall.HotspotItem;
import org.craftsman.portal.hall.HotspotQueries;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * What the results pages need: the search, a result with everything about it, and likes.
 */
@Service
public class ResultService {

	private final ResultQueries results;

	private final ResultCounters counters;

	private final ContractQueries contracts;

	private final AwardQueries awards;

	private final HotspotQueries hotspots;

	ResultService(ResultQueries results, ResultCounters counters, ContractQueries contracts, AwardQueries awards,
			HotspotQueries hotspots) {
		this.results = results;
		this.counters = counters;
		this.contracts = contracts;
		this.awards = awards;
		this.hotspots = hotspots;
	}

	public Page<ResultItem> search(ResultFilter filter, Paging paging, boolean english) {
		return this.results.list(filter, paging, english);
	}

	/**
	 * A result with its contracts, awards and hotspots.
	 * @param countVisit whether this opening counts as a visit
	 * @param browser the visitor's browser, to tell whether it liked the result already
	 */
	/** The regions the results filter offers: those with published results. */
	public List<String> regions() {
		return this.results.regionsWithResults();
	}

	public Optional<ResultView> view(long id, boolean countVisit, Optional<UUID> browser) {
		if (countVisit && !this.counters.recordVisit(id)) {
			return Optional.empty();
		}
		return this.results.find(id)
			.map((result) -> new ResultView(result, this.contracts.forResult(id), this.awards.forResult(id),
					this.hotspots.forResult(id), browser.map((b) -> this.counters.likedBy(id, b)).orElse(false)));
	}

	public Optional<ResultCounters.Like> like(long id, UUID browser) {
		return this.counters.like(id, browser);
	}

	/**
	 * @param result the result
	 * @param contracts its signed contracts, oldest first
	 * @param awards the awards it received
	 * @param hotspots the online-hall hotspots that present it
	 * @param liked whether this browser has liked it
	 */
	public record ResultView(ResultItem result, List<ContractLine> contracts, List<AwardBoard> awards,
			List<HotspotItem> hotspots, boolean liked) {

		public java.math.BigDecimal contractAmount() {
			return this.contracts.stream()
				.map(ContractLine::amount)
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		}

	}

}
