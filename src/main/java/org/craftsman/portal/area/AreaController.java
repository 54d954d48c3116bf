package org.craftsman.portal.area;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.common.web.Localized;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AreaController {

	private final AreaQueries areas;

	private final Localized localized;

	AreaController(AreaQueries areas, Localized localized) {
		this.areas = areas;
		this.localized = localized;
	}

	@GetMapping("/areas")
	String list(Model model) {
		Map<String, List<AreaCard>> halls = new LinkedHashMap<>();
		List<AreaCard> online = new java.util.ArrayList<>();
		for (AreaCard area : this.areas.all()) {
			if (area.online()) {
				online.add(area);
			}
			else {
				halls
					.computeIfAbsent(this.localized.pick(area.hall(), area.hallEn()),
							(hall) -> new java.util.ArrayList<>())
					.add(area);
			}
		}
		model.addAttribute("halls", halls);
		model.addAttribute("online", online);
		model.addAttribute("offlineCount", halls.values().stream().mapToInt(List::size).sum());
		return "areas/list";
	}

}
