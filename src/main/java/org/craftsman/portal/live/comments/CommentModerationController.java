package org.craftsman.portal.live.comments;

import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.live.LiveQueries;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organizers' moderation of live comments: the latest comments, newest first (of one
 * broadcast or all, visible or hidden, by text or browser id), each with hide or show and
 * a ban of the browser that posted it. Filter values that make no sense are ignored.
 */
@Controller
class CommentModerationController {

	private final CommentQueries queries;

	private final CommentModeration moderation;

	private final LiveQueries broadcasts;

	private final MessageSource messages;

	CommentModerationController(CommentQueries queries, CommentModeration moderation, LiveQueries broadcasts,
			MessageSource messages) {
		this.queries = queries;
		this.moderation = moderation;
		this.broadcasts = broadcasts;
		this.messages = messages;
	}

	@GetMapping("/admin/comments")
	String list(@RequestParam(name = "broadcast", required = false) String broadcast,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "q", required = false) String search,
			@RequestParam(name = "page", required = false) String page, Model model) {
		Long broadcastId = number(broadcast);
		Boolean hidden = switch ((state != null) ? state : "") {
			case "hidden" -> Boolean.TRUE;
			case "visible" -> Boolean.FALSE;
			default -> null;
		};
		Page<CommentEntry> rows = this.queries.moderation(broadcastId, hidden, Listing.likePattern(search),
				Listing.pageable(page));
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pager", Listing.pager(rows));
		model.addAttribute("broadcasts", this.broadcasts.programme());
		model.addAttribute("broadcastId", broadcastId);
		model.addAttribute("state", (hidden == null) ? "all" : (hidden ? "hidden" : "visible"));
		model.addAttribute("q", (search != null) ? search.strip() : "");
		return "live/comments/moderation";
	}

	@PostMapping("/admin/comments/{id}/hide")
	String hide(@PathVariable long id, RedirectAttributes redirect) {
		CommentEntry comment = this.moderation.find(id);
		boolean done = this.moderation.hide(id);
		return back(comment, done ? "comment.moderation.hidden" : "comment.moderation.hiddenAlready", redirect);
	}

	@PostMapping("/admin/comments/{id}/show")
	String show(@PathVariable long id, RedirectAttributes redirect) {
		CommentEntry comment = this.moderation.find(id);
		boolean done = this.moderation.show(id);
		return back(comment, done ? "comment.moderation.shown" : "comment.moderation.shownAlready", redirect);
	}

	@PostMapping("/admin/comments/{id}/ban")
	String ban(@PathVariable long id, RedirectAttributes redirect) {
		CommentEntry comment = this.moderation.find(id);
		boolean done = this.moderation.banAuthor(id);
		return back(comment, done ? "comment.moderation.banned" : "comment.moderation.bannedAlready", redirect);
	}

	private String back(CommentEntry comment, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", this.messages.getMessage(messageKey,
				new Object[] { CommentModeration.label(comment) }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/comments?broadcast=" + comment.broadcastId() + "#comment-" + comment.id();
	}

	private static Long number(String value) {
		return (value != null && value.strip().matches("\\d{1,18}")) ? Long.valueOf(value.strip()) : null;
	}

}
