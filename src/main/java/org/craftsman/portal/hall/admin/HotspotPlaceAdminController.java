package org.craftsman.portal.hall.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.hall.HotspotPlace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/hotspot-places")
class HotspotPlaceAdminController extends AdminCrudController<HotspotPlace, HotspotPlaceForm> {

	HotspotPlaceAdminController(HotspotPlaceAdminService service) {
		super(service);
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("hotspotIdLookup", "hotspots");
	}

}
