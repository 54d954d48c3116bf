package org.craftsman.portal.admin.result;

import java.util.Map;

import org.craftsman.portal.admin.support.AdminChoices;
import org.craftsman.portal.admin.support.AdminCrudController;
import org.craftsman.portal.result.InnovationResult;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/results")
class ResultAdminController extends AdminCrudController<InnovationResult, ResultForm> {

	private final AdminChoices choices;

	ResultAdminController(ResultAdminService service, AdminChoices choices) {
		super(service);
		this.choices = choices;
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("category", this.choices.categories());
		choices.put("region", this.choices.regions());
		choices.put("areaCode", this.choices.areas(false));
		choices.put("organizationNameLookup", "organizations");
	}

}
