package org.craftsman.portal.award.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.award.Award;
import org.craftsman.portal.award.RecipientKind;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/awards")
class AwardAdminController extends AdminCrudController<Award, AwardForm> {

	AwardAdminController(AwardAdminService service) {
		super(service);
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("recipientKind", labelled(RecipientKind.values()));
	}

}
