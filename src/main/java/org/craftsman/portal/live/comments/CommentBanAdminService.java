package org.craftsman.portal.live.comments;

import java.util.Locale;
import java.util.UUID;

import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The browsers banned from commenting, as an admin section: a ban is added from the
 * moderation list (or by a browser id), lifted by deleting it, and both are in the audit
 * log.
 */
@Service
public class CommentBanAdminService extends AdminCrudService<CommentBan, CommentBanForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("COMMENT_BANS", "comment-bans", "live/comments/admin", 31,
			null);

	private final CommentBanRepository bans;

	CommentBanAdminService(CommentBanRepository bans) {
		super(SECTION, bans);
		this.bans = bans;
	}

	@Override
	public CommentBanForm newForm() {
		return new CommentBanForm();
	}

	@Override
	public CommentBanForm toForm(CommentBan ban) {
		CommentBanForm form = new CommentBanForm();
		form.setId(ban.getId());
		form.setVersion(ban.getVersion());
		form.setBrowserId(ban.getBrowserId().toString());
		form.setReason(ban.getReason());
		return form;
	}

	@Override
	public String label(CommentBan ban) {
		return ban.getBrowserId().toString();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CommentBan> list(String search, Pageable pageable) {
		return this.bans.search(Listing.likePattern(search), pageable);
	}

	@Override
	public CommentBan newEntity() {
		return new CommentBan();
	}

	@Override
	public void check(CommentBanForm form, References references, Errors errors) {
		UUID browser = parse(form.getBrowserId());
		if (browser == null) {
			if (!errors.hasFieldErrors("browserId")) {
				errors.rejectValue("browserId", "comment.ban.error.browserId");
			}
			return;
		}
		boolean taken = (form.getId() == null) ? this.bans.existsByBrowserId(browser)
				: this.bans.existsByBrowserIdAndIdNot(browser, form.getId());
		if (taken) {
			errors.rejectValue("browserId", "db.comment_bans_browser_unique");
		}
	}

	@Override
	public void apply(CommentBanForm form, CommentBan ban, References references) {
		ban.setBrowserId(parse(form.getBrowserId()));
		ban.setReason(form.getReason());
	}

	/** Whether a browser is banned. */
	@Transactional(readOnly = true)
	public boolean banned(UUID browser) {
		return this.bans.existsByBrowserId(browser);
	}

	static UUID parse(String value) {
		if (value == null) {
			return null;
		}
		try {
			UUID id = UUID.fromString(value.strip());
			return id.toString().equals(value.strip().toLowerCase(Locale.ROOT)) ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
