package org.craftsman.portal.home;

import org.craftsman.portal.conference.ConferenceRepository;
import org.craftsman.portal.dashboard.StatsQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final StatsQueries stats;

	private final ConferenceRepository conferences;

	HomeController(StatsQueries stats, ConferenceRepository conferences) {
		this.stats = stats;
		this.conferences = conferences;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("totals", this.stats.headlineTotals());
		model.addAttribute("conference", this.conferences.findFirstByOrderByStartsOnDesc().orElse(null));
		return "home";
	}

}
