package org.craftsman.portal.live;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.craftsman.portal.conference.ConferenceRepository;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class LiveController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final LiveService live;

	private final ConferenceRepository conferences;

	private final ProgrammeCalendar calendar;

	LiveController(LiveService live, ConferenceRepository conferences, ProgrammeCalendar calendar) {
		this.live = live;
		this.conferences = conferences;
		this.calendar = calendar;
	}

	@GetMapping("/live")
	String programme(Model model) {
		LiveService.Schedule schedule = this.conferences.findFirstByOrderByStartsOnDesc()
			.map((conference) -> this.live.schedule(conference.getStartsOn(), conference.getEndsOn()))
			.orElseGet(this.live::schedule);
		model.addAttribute("schedule", schedule);
		return "live/list";
	}

	@GetMapping("/live/{id}")
	String broadcast(@PathVariable long id, HttpServletRequest request, Model model) {
		BroadcastCard broadcast = this.live.open(id, request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String watch = broadcast.watchUrl(this.live.now());
		model.addAttribute("broadcast", broadcast);
		model.addAttribute("views", this.live.views(broadcast));
		model.addAttribute("now", this.live.now());
		model.addAttribute("state", broadcast.stateAt(this.live.now()));
		model.addAttribute("watchUrl", watch);
		model.addAttribute("playable", BroadcastCard.playable(watch));
		model.addAttribute("hls", BroadcastCard.playable(watch) && BroadcastCard.isHls(watch));
		return "live/detail";
	}

	/** One session as a calendar entry. */
	@GetMapping("/live/{id}.ics")
	ResponseEntity<String> sessionCalendar(@PathVariable long id) {
		BroadcastCard session = this.live.session(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return calendarFile("live-" + id + ".ics", this.calendar.of(java.util.List.of(session),
				LocaleContextHolder.getLocale(), this.calendar.sessionName(session, LocaleContextHolder.getLocale())));
	}

	/** The whole programme as a calendar. */
	@GetMapping("/live/programme.ics")
	ResponseEntity<String> programmeCalendar() {
		return calendarFile("programme.ics", this.calendar.of(this.live.programme(), LocaleContextHolder.getLocale(),
				this.calendar.programmeName(LocaleContextHolder.getLocale())));
	}

	@GetMapping("/speakers/{id}")
	String speaker(@PathVariable long id, Model model) {
		model.addAttribute("page",
				this.live.speaker(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "live/speaker";
	}

	private static ResponseEntity<String> calendarFile(String name, String body) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
