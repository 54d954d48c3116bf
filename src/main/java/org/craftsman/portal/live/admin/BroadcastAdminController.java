package org.craftsman.portal.live.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminChoices;
import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.live.LiveBroadcast;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/broadcasts")
class BroadcastAdminController extends AdminCrudController<LiveBroadcast, BroadcastForm> {

	private final AdminChoices choices;

	BroadcastAdminController(BroadcastAdminService service, AdminChoices choices) {
		super(service);
		this.choices = choices;
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("areaCode", this.choices.areas(false));
	}

}
