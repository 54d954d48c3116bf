package org.craftsman.portal.showcase;

import jakarta.servlet.http.HttpServletRequest;
import org.craftsman.portal.area.AreaCard;
import org.craftsman.portal.area.AreaQueries;
import org.craftsman.portal.area.AreaScans;
import org.craftsman.portal.area.VenuePlanQueries;
import org.craftsman.portal.common.web.Localized;
import org.craftsman.portal.common.web.Paging;
import org.craftsman.portal.common.web.ShareCard;
import org.craftsman.portal.hall.HotspotCard;
import org.craftsman.portal.hall.HotspotQueries;
import org.craftsman.portal.result.ResultFilter;
import org.craftsman.portal.result.ResultCard;
import org.craftsman.portal.result.ResultService;
import org.craftsman.portal.result.ResultSort;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** An area's page, with its results and its hotspots. */
@Controller
class AreaPageController {

	static final int PAGE_SIZE = 12;

	static final int MAX_PAGE_SIZE = 60;

	static final int HOTSPOTS_SHOWN = 8;

	private final AreaQueries areas;

	private final ResultService results;

	private final HotspotQueries hotspots;

	private final Localized localized;

	private final VenuePlanQueries plans;

	private final AreaScans scans;

	AreaPageController(AreaQueries areas, ResultService results, HotspotQueries hotspots, Localized localized,
			VenuePlanQueries plans, AreaScans scans) {
		this.plans = plans;
		this.scans = scans;
		this.areas = areas;
		this.results = results;
		this.hotspots = hotspots;
		this.localized = localized;
	}

	@GetMapping("/areas/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, HttpServletRequest request, Model model) {
		AreaCard area = this.areas.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.scans.countIfScanned(request, id);
		Page<ResultCard> results = this.results.search(ResultFilter.inArea(id, ResultSort.LIKES),
				Paging.of(page, size, PAGE_SIZE, MAX_PAGE_SIZE), this.localized.isEnglish());
		Page<HotspotCard> hotspots = this.hotspots.page(null, id, Paging.of(null, null, HOTSPOTS_SHOWN, HOTSPOTS_SHOWN),
				area.hotspots());
		model.addAttribute("area", area);
		model.addAttribute(ShareCard.ATTRIBUTE,
				new ShareCard(area.code() + " " + area.name(),
						(area.nameEn() != null) ? area.code() + " " + area.nameEn() : null, area.description(),
						area.descriptionEn(), null));
		model.addAttribute("results", results);
		model.addAttribute("hotspots", hotspots);
		model.addAttribute("pageUrl", "/areas/" + id);
		model.addAttribute("plan", this.plans.plan());
		model.addAttribute("onPlan", java.util.Set.of(id));
		return "areas/detail";
	}

}
