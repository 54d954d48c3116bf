package org.craftsman.portal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's front page: every section with how many records it holds, the import, the
 * exports and the audit log.
 */
@Controller
class AdminHomeController {

	private static final String COUNTS = """
			SELECT
			  (SELECT count(*) FROM exhibition_areas) AS areas,
			  (SELECT count(*) FROM online_hotspots) AS hotspots,
			  (SELECT count(*) FROM innovation_results) AS results,
			  (SELECT count(*) FROM transformation_contracts) AS contracts,
			  (SELECT count(*) FROM awards) AS awards,
			  (SELECT count(*) FROM award_announcements) AS announcements,
			  (SELECT count(*) FROM organizations) AS organizations,
			  (SELECT count(*) FROM live_broadcasts) AS broadcasts""";

	private final JdbcClient jdbc;

	AdminHomeController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin")
	@Transactional(readOnly = true)
	String home(Model model) {
		Map<AdminSection, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(COUNTS).query((row) -> {
			for (AdminSection section : AdminSection.values()) {
				counts.put(section, row.getLong(section.getKey()));
			}
		});
		model.addAttribute("counts", counts);
		return "admin/index";
	}

}
