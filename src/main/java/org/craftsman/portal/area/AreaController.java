package org.craftsman.portal.area;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.common.web.Localized;
import org.craftsman.portal.common.web.QrCodes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

	private final VenuePlanQueries plans;

	private final QrCodes qr;

	AreaController(AreaQueries areas, Localized localized, VenuePlanQueries plans, QrCodes qr) {
		this.areas = areas;
		this.localized = localized;
		this.plans = plans;
		this.qr = qr;
	}

	/**
	 * The areas on the floor plan and as a list, by hall; {@code highlight} (a code or
	 * part of a name) marks the areas it names on both.
	 */
	@GetMapping("/areas")
	String list(@RequestParam(required = false) String highlight, Model model) {
		VenuePlan plan = this.plans.plan();
		String search = (highlight != null && highlight.length() <= 100) ? highlight.strip() : null;
		model.addAttribute("plan", plan);
		model.addAttribute("highlight", search);
		model.addAttribute("highlighted", plan.matching(search));
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

	/** An area's QR code, for its booth: {@code qr.svg} or {@code qr.png}. */
	@GetMapping("/areas/{id}/qr.{format}")
	ResponseEntity<byte[]> qrCode(@PathVariable long id, @PathVariable String format) {
		this.areas.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return this.qr.scanImage("/areas/" + id, format);
	}

}
