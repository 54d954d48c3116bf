package org.craftsman.portal.award;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class AwardController {

	/** Recipients of each award on the page of all awards; the rest are one link away. */
	static final int FIRST_RECIPIENTS = 20;

	/** Recipients on the page of one award. */
	static final int ALL_RECIPIENTS = 1000;

	private final AwardQueries awards;

	AwardController(AwardQueries awards) {
		this.awards = awards;
	}

	@GetMapping("/awards")
	String list(@RequestParam(name = "award", required = false) String code, Model model) {
		if (code == null || code.isBlank()) {
			model.addAttribute("awards", this.awards.boards(FIRST_RECIPIENTS));
			model.addAttribute("single", false);
		}
		else {
			AwardCard award = this.awards.board(code.strip(), ALL_RECIPIENTS)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			model.addAttribute("awards", List.of(award));
			model.addAttribute("single", true);
		}
		return "awards/list";
	}

}
