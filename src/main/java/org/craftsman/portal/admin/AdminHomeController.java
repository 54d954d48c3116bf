package org.craftsman.portal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's front page: every section with how many records it holds, the import, the
 * exports and the audit log.
 */
@Controller
class AdminHomeController {

	private final AdminHomeQueries queries;

	AdminHomeController(AdminHomeQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("counts", this.queries.sectionCounts());
		return "admin/index";
	}

}
