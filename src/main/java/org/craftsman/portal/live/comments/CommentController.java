package org.craftsman.portal.live.comments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.craftsman.portal.live.BroadcastCard;
import org.craftsman.portal.live.LiveQueries;
import org.craftsman.portal.result.BrowserIds;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Posting a comment and following a broadcast's comments. A post needs no login and no
 * token, only the browser's id (given with the first post when the browser has none); a
 * post from another site is refused before it gets here
 * ({@code security.CrossSiteRequests}). A script gets JSON; a plain form comes back to
 * the broadcast, or to a page with the refused text and why.
 */
@Controller
class CommentController {

	private final CommentService comments;

	private final CommentStreams streams;

	private final LiveQueries broadcasts;

	private final BrowserIds browserIds;

	private final MessageSource messages;

	private final CommentProperties properties;

	CommentController(CommentService comments, CommentStreams streams, LiveQueries broadcasts, BrowserIds browserIds,
			MessageSource messages, CommentProperties properties) {
		this.comments = comments;
		this.streams = streams;
		this.broadcasts = broadcasts;
		this.browserIds = browserIds;
		this.messages = messages;
		this.properties = properties;
	}

	@PostMapping("/live/{id}/comments")
	Object post(@PathVariable long id, @RequestParam(name = "body", required = false) String body,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		BroadcastCard broadcast = broadcast(id);
		UUID browser = this.browserIds.of(request).orElseGet(() -> this.browserIds.issue(request, response));
		CommentService.Outcome outcome = this.comments.post(id, body, browser, request.getRemoteAddr());
		boolean script = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
		if (outcome.accepted()) {
			if (script) {
				return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", outcome.id()));
			}
			return "redirect:/live/" + id + "?comment=" + outcome.id() + "#comments";
		}
		HttpStatus status = status(outcome);
		String message = this.messages.getMessage(outcome.error(),
				new Object[] { this.properties.maxLength(), this.comments.retryAfterSeconds() },
				LocaleContextHolder.getLocale());
		if (outcome.throttled()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(this.comments.retryAfterSeconds()));
		}
		if (script) {
			Map<String, Object> refusal = new LinkedHashMap<>();
			refusal.put("field", "body");
			refusal.put("error", outcome.error());
			refusal.put("message", message);
			return ResponseEntity.status(status).body(refusal);
		}
		response.setStatus(status.value());
		model.addAttribute("broadcast", broadcast);
		model.addAttribute("typed", body);
		model.addAttribute("commentError", message);
		model.addAttribute("maxLength", this.properties.maxLength());
		return "live/comments/refused";
	}

	private static HttpStatus status(CommentService.Outcome outcome) {
		if (outcome.throttled()) {
			return HttpStatus.TOO_MANY_REQUESTS;
		}
		return "comment.error.banned".equals(outcome.error()) ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT;
	}

	/**
	 * A broadcast's comments as server-sent events, from after the comment the page
	 * listed last ({@code after}) or, when the browser reconnects, after the last event
	 * it got ({@code Last-Event-ID}). 503 when this node serves as many streams as it
	 * may: the page then tries again later.
	 */
	@GetMapping("/live/{id}/comments/stream")
	ResponseEntity<SseEmitter> stream(@PathVariable long id,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(name = "after", required = false) String after, HttpServletRequest request) {
		broadcast(id);
		long from = number(lastEventId).or(() -> number(after)).orElse(Long.MAX_VALUE);
		Optional<SseEmitter> stream = this.streams.open(id, request.getRemoteAddr(), from);
		if (stream.isEmpty()) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").build();
		}
		return ResponseEntity.ok()
			.header("X-Accel-Buffering", "no")
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.body(stream.get());
	}

	private BroadcastCard broadcast(long id) {
		return this.broadcasts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Optional<Long> number(String value) {
		if (value == null || !value.strip().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(value.strip()));
	}

}
