package org.craftsman.portal.live;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class LiveController {

	private final LiveService live;

	LiveController(LiveService live) {
		this.live = live;
	}

	@GetMapping("/live")
	String programme(Model model) {
		model.addAttribute("schedule", this.live.schedule());
		return "live/list";
	}

	@GetMapping("/live/{id}")
	String broadcast(@PathVariable long id, Model model) {
		Broadcast broadcast = this.live.open(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String watch = broadcast.watchUrl(this.live.now());
		model.addAttribute("broadcast", broadcast);
		model.addAttribute("now", this.live.now());
		model.addAttribute("state", broadcast.stateAt(this.live.now()));
		model.addAttribute("watchUrl", watch);
		model.addAttribute("playable", Broadcast.playable(watch));
		return "live/detail";
	}

}
