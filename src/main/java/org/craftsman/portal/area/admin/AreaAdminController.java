package org.craftsman.portal.area.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.area.AreaKind;
import org.craftsman.portal.area.ExhibitionArea;
import org.craftsman.portal.area.VenuePlan;
import org.craftsman.portal.area.VenuePlanQueries;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/areas")
class AreaAdminController extends AdminCrudController<ExhibitionArea, AreaForm> {

	private final VenuePlanQueries plans;

	AreaAdminController(AreaAdminService service, VenuePlanQueries plans) {
		super(service);
		this.plans = plans;
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("kind", labelled(AreaKind.values()));
		VenuePlan plan = this.plans.plan();
		choices.put("planHallCode", plan.hallChoices());
		choices.put("planPreview", plan);
	}

}
