package org.craftsman.portal.area.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.area.AreaKind;
import org.craftsman.portal.area.ExhibitionArea;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/areas")
class AreaAdminController extends AdminCrudController<ExhibitionArea, AreaForm> {

	AreaAdminController(AreaAdminService service) {
		super(service);
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("kind", labelled(AreaKind.values()));
	}

}
