package org.craftsman.portal.live.admin;

import java.util.Map;

import org.craftsman.portal.area.AreaChoices;
import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.live.LiveBroadcast;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/broadcasts")
class BroadcastAdminController extends AdminCrudController<LiveBroadcast, BroadcastForm> {

	private final AreaChoices areas;

	BroadcastAdminController(BroadcastAdminService service, AreaChoices areas) {
		super(service);
		this.areas = areas;
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("areaCode", this.areas.areas(false));
	}

}
