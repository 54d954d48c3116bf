package org.craftsman.portal.award;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AwardController {

	private final AwardQueries awards;

	AwardController(AwardQueries awards) {
		this.awards = awards;
	}

	@GetMapping("/awards")
	String list(Model model) {
		model.addAttribute("awards", this.awards.boards());
		return "awards/list";
	}

}
