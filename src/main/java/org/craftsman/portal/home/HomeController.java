package org.craftsman.portal.home;

import org.craftsman.portal.conference.Conference;
import org.craftsman.portal.conference.ConferenceRepository;
import org.craftsman.portal.dashboard.StatsQueries;
import org.craftsman.portal.live.LiveService;
import org.craftsman.portal.news.NewsQueries;
import org.craftsman.portal.result.ResultQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final int RESULTS_SHOWN = 6;

	static final int NEWS_SHOWN = 3;

	private final StatsQueries stats;

	private final ConferenceRepository conferences;

	private final ResultQueries results;

	private final LiveService live;

	private final NewsQueries news;

	HomeController(StatsQueries stats, ConferenceRepository conferences, ResultQueries results, LiveService live,
			NewsQueries news) {
		this.stats = stats;
		this.conferences = conferences;
		this.results = results;
		this.live = live;
		this.news = news;
	}

	@GetMapping("/")
	String home(Model model) {
		Conference conference = this.conferences.findFirstByOrderByStartsOnDesc().orElse(null);
		LiveService.Schedule schedule = (conference != null)
				? this.live.schedule(conference.getStartsOn(), conference.getEndsOn()) : this.live.schedule();
		model.addAttribute("totals", this.stats.headlineTotals());
		model.addAttribute("conference", conference);
		model.addAttribute("featured", this.results.featured(RESULTS_SHOWN));
		model.addAttribute("mostLiked", this.results.mostLiked(RESULTS_SHOWN));
		model.addAttribute("schedule", schedule);
		model.addAttribute("next", schedule.next().orElse(null));
		model.addAttribute("replays", schedule.latestReplays(3));
		model.addAttribute("news", this.news.latest(NEWS_SHOWN));
		return "home";
	}

}
