package org.craftsman.portal.admin;

import java.util.EnumMap;
import java.util.List;
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

	private final List<AdminCrudService<?, ?>> sections;

	AdminHomeController(List<AdminCrudService<?, ?>> sections) {
		this.sections = sections;
	}

	@GetMapping("/admin")
	String home(Model model) {
		Map<AdminSection, Long> counts = new EnumMap<>(AdminSection.class);
		this.sections.forEach((section) -> counts.put(section.section(), section.recordCount()));
		model.addAttribute("counts", counts);
		return "admin/index";
	}

}
