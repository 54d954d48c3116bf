package org.craftsman.portal.hall;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.craftsman.portal.area.AreaCard;
import org.craftsman.portal.area.AreaQueries;
import org.craftsman.portal.common.web.PageViews;
import org.craftsman.portal.common.web.Paging;
import org.craftsman.portal.common.web.QrCodes;
import org.craftsman.portal.common.web.ShareCard;
import org.craftsman.portal.media.MediaKind;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class HallController {

	static final int PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 60;

	private final HotspotQueries hotspots;

	private final AreaQueries areas;

	private final HotspotVisits visits;

	private final HotspotScans scans;

	private final QrCodes qr;

	private final SceneQueries scenes;

	HallController(HotspotQueries hotspots, AreaQueries areas, HotspotVisits visits, HotspotScans scans, QrCodes qr,
			SceneQueries scenes) {
		this.scans = scans;
		this.qr = qr;
		this.hotspots = hotspots;
		this.visits = visits;
		this.areas = areas;
		this.scenes = scenes;
	}

	/**
	 * The tour, from the lobby. The hall's older addresses with a filter lead to the list
	 * view; a hall without scenes shows the list view.
	 */
	@GetMapping("/hall")
	String tour(@RequestParam(required = false) String kind, @RequestParam(required = false) String area,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		if (kind != null || area != null || page != null || size != null) {
			return "redirect:" + listUrl(kind, area, page, size);
		}
		return this.scenes.lobby()
			.map((lobby) -> scene(lobby, model))
			.orElseGet(() -> list(null, null, null, null, model));
	}

	@GetMapping("/hall/scenes/{id}")
	String scene(@PathVariable long id, Model model) {
		SceneCard scene = this.scenes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return scene(scene, model);
	}

	/**
	 * The hotspot's media as a panel over the tour; a visit as the hotspot's page is one.
	 */
	@GetMapping("/hall/hotspots/{id}/panel")
	String panel(@PathVariable long id, HttpServletRequest request, Model model) {
		HotspotCard hotspot = this.hotspots.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.visits.add(id);
		PageViews.countEveryView(request, HotspotVisits.NAME, id);
		model.addAttribute("hotspot", hotspot);
		return "hall/panel :: panel";
	}

	private String scene(SceneCard scene, Model model) {
		model.addAttribute("view", new ScenePage(scene, this.scenes.all(), this.scenes.doors(scene.id()),
				this.scenes.hotspots(scene.id())));
		return "hall/tour";
	}

	private static String listUrl(String kind, String area, String page, String size) {
		return UriComponentsBuilder.fromPath("/hall/list")
			.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.queryParamIfPresent("area", Optional.ofNullable(area))
			.queryParamIfPresent("page", Optional.ofNullable(page))
			.queryParamIfPresent("size", Optional.ofNullable(size))
			.build()
			.encode()
			.toUriString();
	}

	/** The list view: every hotspot as a card, filterable by media kind and zone. */
	@GetMapping("/hall/list")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String area,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		MediaKind mediaKind = mediaKind(kind);
		AreaCard zone = zone(area);
		Long zoneId = (zone != null) ? zone.id() : null;
		Map<MediaKind, Long> counts = this.hotspots.countsByKind(zoneId);
		long total = (mediaKind != null) ? counts.get(mediaKind)
				: counts.values().stream().mapToLong(Long::longValue).sum();
		Paging paging = Paging.of(page, size, PAGE_SIZE, MAX_PAGE_SIZE);
		List<KindTab> kindTabs = new ArrayList<>();
		kindTabs.add(new KindTab(null, counts.values().stream().mapToLong(Long::longValue).sum(), url(null, zoneId),
				mediaKind == null));
		for (MediaKind candidate : MediaKind.values()) {
			kindTabs.add(new KindTab(candidate, counts.get(candidate), url(candidate, zoneId), candidate == mediaKind));
		}
		List<ZoneChip> zoneChips = new ArrayList<>();
		zoneChips.add(new ZoneChip(null, url(mediaKind, null), zone == null));
		for (AreaCard candidate : this.areas.online()) {
			zoneChips.add(new ZoneChip(candidate, url(mediaKind, candidate.id()),
					zone != null && zone.id() == candidate.id()));
		}
		model.addAttribute("kind", mediaKind);
		model.addAttribute("zone", zone);
		model.addAttribute("kindTabs", kindTabs);
		model.addAttribute("zoneChips", zoneChips);
		model.addAttribute("hotspots", this.hotspots.page(mediaKind, zoneId, paging, total));
		model.addAttribute("pageUrl", url(mediaKind, zoneId));
		return "hall/list";
	}

	@GetMapping("/hall/hotspots/{id}")
	String hotspot(@PathVariable long id, HttpServletRequest request, Model model) {
		HotspotCard hotspot = this.hotspots.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.visits.add(id);
		PageViews.countEveryView(request, HotspotVisits.NAME, id);
		this.scans.countIfScanned(request, id);
		model.addAttribute("hotspot", hotspot);
		model.addAttribute(ShareCard.ATTRIBUTE, new ShareCard(hotspot.title(), hotspot.titleEn(), hotspot.description(),
				hotspot.descriptionEn(), hotspot.picture()));
		model.addAttribute("visits", hotspot.visitCount() + this.visits.pending(id));
		model.addAttribute("following", this.hotspots.following(hotspot, 4));
		model.addAttribute("sceneId", this.scenes.sceneOf(id).orElse(null));
		return "hall/hotspot";
	}

	/** A hotspot's QR code: {@code qr.svg} or {@code qr.png}. */
	@GetMapping("/hall/hotspots/{id}/qr.{format}")
	ResponseEntity<byte[]> qrCode(@PathVariable long id, @PathVariable String format) {
		this.hotspots.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return this.qr.scanImage("/hall/hotspots/" + id, format);
	}

	/** The list view's address for a kind and a zone, without a page number. */
	static String url(MediaKind kind, Long zoneId) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/hall/list");
		if (kind != null) {
			url.queryParam("kind", kind.name().toLowerCase(Locale.ROOT));
		}
		if (zoneId != null) {
			url.queryParam("area", zoneId);
		}
		return url.build().toUriString();
	}

	/**
	 * A tab of the hall's media kinds.
	 *
	 * @param kind the kind, or null for all kinds
	 * @param count hotspots of that kind
	 * @param url the hall showing that kind
	 * @param current whether it is the kind shown
	 */
	record KindTab(MediaKind kind, long count, String url, boolean current) {

	}

	/**
	 * A choice among the hall's zones.
	 *
	 * @param zone the zone, or null for all zones
	 * @param url the hall showing that zone
	 * @param current whether it is the zone shown
	 */
	record ZoneChip(AreaCard zone, String url, boolean current) {

	}

	private AreaCard zone(String area) {
		if (area == null || !area.strip().matches("[0-9]{1,18}")) {
			return null;
		}
		return this.areas.find(Long.parseLong(area.strip())).filter(AreaCard::online).orElse(null);
	}

	private static MediaKind mediaKind(String kind) {
		for (MediaKind candidate : MediaKind.values()) {
			if (kind != null && candidate.name().equalsIgnoreCase(kind.strip())) {
				return candidate;
			}
		}
		return null;
	}

}
