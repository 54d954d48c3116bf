package org.craftsman.portal.showcase;

import jakarta.servlet.http.HttpServletRequest;
import org.craftsman.portal.award.AwardQueries;
import org.craftsman.portal.common.web.ShareCard;
import org.craftsman.portal.common.web.Scans;
import org.craftsman.portal.contract.ContractQueries;
import org.craftsman.portal.hall.HotspotQueries;
import org.craftsman.portal.result.ResultCard;
import org.craftsman.portal.result.ResultService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A result's page, with its contracts, awards and hotspots. */
@Controller
class ResultPageController {

	private final ResultService results;

	private final ContractQueries contracts;

	private final AwardQueries awards;

	private final HotspotQueries hotspots;

	ResultPageController(ResultService results, ContractQueries contracts, AwardQueries awards,
			HotspotQueries hotspots) {
		this.results = results;
		this.contracts = contracts;
		this.awards = awards;
		this.hotspots = hotspots;
	}

	@GetMapping("/results/{id}")
	String detail(@PathVariable long id, HttpServletRequest request, Model model) {
		// Back from a like without script: the visit was counted when the page was
		// opened.
		boolean backFromLike = request.getParameter("liked") != null;
		ResultCard result = this.results.open(id, !backFromLike, request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// The page is the same for every visitor, and may be kept for all of them:
		// whether
		// this browser liked the result is shown by the page's script, or here on the way
		// back from a like without script (which is never kept).
		ResultPage view = new ResultPage(result, this.contracts.forResult(id), this.awards.forResult(id),
				this.hotspots.forResult(id), backFromLike && this.results.likedBy(id, request));
		model.addAttribute("view", view);
		model.addAttribute("result", result);
		model.addAttribute(ShareCard.ATTRIBUTE,
				new ShareCard(result.title(), result.titleEn(), result.summary(), result.summaryEn(), result.poster()));
		model.addAttribute("visits", this.results.visits(result));
		model.addAttribute("justLiked", backFromLike && view.liked());
		model.addAttribute("scanned", Scans.scanned(request));
		return "results/detail";
	}

}
