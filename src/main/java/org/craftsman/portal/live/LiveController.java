package org.craftsman.portal.live;

import jakarta.servlet.http.HttpServletRequest;
import org.craftsman.portal.conference.ConferenceRepository;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class LiveController {

	private final LiveService live;

	private final ConferenceRepository conferences;

	LiveController(LiveService live, ConferenceRepository conferences) {
		this.live = live;
		this.conferences = conferences;
	}

	@GetMapping("/live")
	String programme(Model model) {
		LiveService.Schedule schedule = this.conferences.findFirstByOrderByStartsOnDesc()
			.map((conference) -> this.live.schedule(conference.getStartsOn(), conference.getEndsOn()))
			.orElseGet(this.live::schedule);
		model.addAttribute("schedule", schedule);
		return "live/list";
	}

	@GetMapping("/live/{id}")
	String broadcast(@PathVariable long id, HttpServletRequest request, Model model) {
		BroadcastCard broadcast = this.live.open(id, request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String watch = broadcast.watchUrl(this.live.now());
		model.addAttribute("broadcast", broadcast);
		model.addAttribute("views", this.live.views(broadcast));
		model.addAttribute("now", this.live.now());
		model.addAttribute("state", broadcast.stateAt(this.live.now()));
		model.addAttribute("watchUrl", watch);
		model.addAttribute("playable", BroadcastCard.playable(watch));
		return "live/detail";
	}

}
