package org.craftsman.portal.result;

import org.craftsman.portal.common.web.PageViews;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.craftsman.portal.common.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * What the results pages need: the search, opening a result, and likes.
 */
@Service
public class ResultService {

	private final ResultQueries results;

	private final ResultCounters counters;

	private final BrowserIds browserIds;

	private final ResultVisits visits;

	private final ResultScans scans;

	ResultService(ResultQueries results, ResultCounters counters, BrowserIds browserIds, ResultVisits visits,
			ResultScans scans) {
		this.visits = visits;
		this.scans = scans;
		this.results = results;
		this.counters = counters;
		this.browserIds = browserIds;
	}

	public Page<ResultCard> search(ResultFilter filter, Paging paging, boolean english) {
		return this.results.list(filter, paging, english);
	}

	/** The regions the results filter offers: those with published results. */
	public List<String> regions() {
		return this.results.regionsWithResults();
	}

	/**
	 * Opens a published result.
	 * @param countVisit whether this opening counts as a visit (and as a scan of the
	 * result's QR code, when it came from one)
	 */
	public Optional<ResultCard> open(long id, boolean countVisit, HttpServletRequest request) {
		Optional<ResultCard> result = this.results.find(id);
		if (countVisit && result.isPresent()) {
			this.visits.add(id);
			PageViews.countEveryView(request, ResultVisits.NAME, id);
			this.scans.countIfScanned(request, id);
		}
		return result;
	}

	/** Whether the browser that sent the request has liked the result already. */
	public boolean likedBy(long id, HttpServletRequest request) {
		return this.browserIds.of(request).map((browser) -> this.counters.likedBy(id, browser)).orElse(false);
	}

	/** A result's visits of this moment, the ones not written yet included. */
	public long visits(ResultCard result) {
		return this.visits.current(result.id());
	}

	/** Whether a result is published, so that its page and its QR code exist. */
	public boolean published(long id) {
		return this.counters.likeCount(id).isPresent();
	}

	public Optional<Long> likeCount(long id) {
		return this.counters.likeCount(id);
	}

	public Optional<ResultCounters.Like> like(long id, UUID browser) {
		return this.counters.like(id, browser);
	}

}
