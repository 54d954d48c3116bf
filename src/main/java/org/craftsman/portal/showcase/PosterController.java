package org.craftsman.portal.showcase;

import java.util.List;

import org.craftsman.portal.area.AreaCard;
import org.craftsman.portal.area.AreaQueries;
import org.craftsman.portal.common.web.Paging;
import org.craftsman.portal.common.web.QrCodes;
import org.craftsman.portal.result.ResultCard;
import org.craftsman.portal.result.ResultFilter;
import org.craftsman.portal.result.ResultService;
import org.craftsman.portal.result.ResultSort;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Booth posters to print: one offline area's ({@code /areas/{id}/poster}) and every
 * offline area's in one document for the print shop ({@code /admin/posters}), in A4 or A3
 * ({@code size}, A4 when missing or unknown). Chinese and English are both printed
 * whatever the reader's language.
 */
@Controller
class PosterController {

	/** Results a poster lists, each with its own QR code. */
	static final int RESULTS_SHOWN = 60;

	private final AreaQueries areas;

	private final ResultService results;

	private final QrCodes qr;

	PosterController(AreaQueries areas, ResultService results, QrCodes qr) {
		this.qr = qr;
		this.areas = areas;
		this.results = results;
	}

	@GetMapping("/areas/{id}/poster")
	String poster(@PathVariable long id, @RequestParam(required = false) String size, Model model) {
		AreaCard area = this.areas.find(id)
			.filter((found) -> !found.online())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("posters", List.of(poster(area)));
		model.addAttribute("size", size(size));
		model.addAttribute("backUrl", "/areas/" + id);
		return "areas/poster";
	}

	@GetMapping("/admin/posters")
	String allPosters(@RequestParam(required = false) String size, Model model) {
		model.addAttribute("posters",
				this.areas.all().stream().filter((area) -> !area.online()).map(this::poster).toList());
		model.addAttribute("size", size(size));
		model.addAttribute("backUrl", "/admin/areas");
		return "areas/poster";
	}

	private AreaPoster poster(AreaCard area) {
		List<ResultCard> shown = this.results
			.search(ResultFilter.inArea(area.id(), ResultSort.LIKES),
					Paging.of(null, null, RESULTS_SHOWN, RESULTS_SHOWN), false)
			.getContent();
		String path = "/areas/" + area.id();
		return new AreaPoster(area, shown, this.qr.url(path), this.qr.scanSvg(path, area.code() + " " + area.name()),
				shown.stream()
					.map((result) -> this.qr.scanSvg("/results/" + result.id(), result.code() + " " + result.title()))
					.toList());
	}

	private static String size(String size) {
		return "A3".equalsIgnoreCase(size) ? "A3" : "A4";
	}

}
