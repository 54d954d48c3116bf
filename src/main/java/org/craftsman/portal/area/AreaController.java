package org.craftsman.portal.area;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.common.web.Localized;
import org.craftsman.portal.common.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

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
		Map<String, List<AreaItem>> halls = new LinkedHashMap<>();
		List<AreaItem> online = new java.util.ArrayList<>();
		for (AreaItem area : this.areas.all()) {
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
