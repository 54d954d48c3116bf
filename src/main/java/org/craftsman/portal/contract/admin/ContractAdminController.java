package org.craftsman.portal.contract.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.contract.ContractKind;
import org.craftsman.portal.contract.TransformationContract;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/contracts")
class ContractAdminController extends AdminCrudController<TransformationContract, ContractForm> {

	private final ContractAdminService contracts;

	ContractAdminController(ContractAdminService service) {
		super(service);
		this.contracts = service;
	}

	/** The list marks contracts signed outside the conference's days. */
	@Override
	protected void addListModel(Model model) {
		model.addAttribute("conference", this.contracts.conference().orElse(null));
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("resultCodeLookup", "results");
		choices.put("transfereeNameLookup", "organizations");
		choices.put("kind", labelled(ContractKind.values()));
	}

}
