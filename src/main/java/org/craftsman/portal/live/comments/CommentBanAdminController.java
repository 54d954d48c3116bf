package org.craftsman.portal.live.comments;

import org.craftsman.portal.admin.AdminCrudController;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/comment-bans")
class CommentBanAdminController extends AdminCrudController<CommentBan, CommentBanForm> {

	CommentBanAdminController(CommentBanAdminService service) {
		super(service);
	}

}
