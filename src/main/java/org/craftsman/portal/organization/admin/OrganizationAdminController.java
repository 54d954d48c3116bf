package org.craftsman.portal.organization.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminChoices;
import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.organization.Organization;
import org.craftsman.portal.organization.OrganizationKind;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminController extends AdminCrudController<Organization, OrganizationForm> {

	private final AdminChoices choices;

	OrganizationAdminController(OrganizationAdminService service, AdminChoices choices) {
		super(service);
		this.choices = choices;
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("kind", labelled(OrganizationKind.values()));
		choices.put("region", this.choices.regions());
	}

}
