package org.craftsman.portal.award.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.award.AwardAnnouncement;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/awards/announcements")
class AnnouncementAdminController extends AdminCrudController<AwardAnnouncement, AnnouncementForm> {

	private final AwardChoices choices;

	AnnouncementAdminController(AnnouncementAdminService service, AwardChoices choices) {
		super(service);
		this.choices = choices;
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("awardCode", this.choices.awards());
		choices.put("organizationNameLookup", "organizations");
		choices.put("resultCodeLookup", "results");
	}

}
