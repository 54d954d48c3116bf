package org.craftsman.portal.admin.contract;

import java.util.Map;

import org.craftsman.portal.admin.support.AdminCrudController;
import org.craftsman.portal.contract.ContractKind;
import org.craftsman.portal.contract.TransformationContract;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/contracts")
class ContractAdminController extends AdminCrudController<TransformationContract, ContractForm> {

	ContractAdminController(ContractAdminService service) {
		super(service);
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("resultCodeLookup", "results");
		choices.put("transfereeNameLookup", "organizations");
		choices.put("kind", labelled(ContractKind.values()));
	}

}
