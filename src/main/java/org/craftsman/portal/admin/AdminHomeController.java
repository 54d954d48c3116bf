package org.craftsman.portal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's front page: every section with how many records it holds, the import, the
 * exports and the audit log. The sections are the features' admin services; this page
 * knows none of them by name.
 */
@Controller
class AdminHomeController {

	private final AdminSections sections;

	AdminHomeController(AdminSections sections) {
		this.sections = sections;
	}

	@GetMapping("/admin")
	String home(Model model) {
		Map<AdminSection, Long> counts = new LinkedHashMap<>();
		this.sections.all().forEach((section) -> counts.put(section, this.sections.service(section).recordCount()));
		model.addAttribute("counts", counts);
		return "admin/index";
	}

}
