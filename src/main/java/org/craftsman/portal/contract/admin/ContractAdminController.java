package org.craftsman.portal.contract.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.contract.ContractKind;
import org.craftsman.portal.contract.TransformationContract;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/admin/contracts")
class ContractAdminController extends AdminCrudController<TransformationContract, ContractForm> {

	private final ContractAdminService contracts;

	ContractAdminController(ContractAdminService service) {
		super(service);
		this.contracts = service;
	}

	/** The form of a new contract filled in from an inquiry. */
	@GetMapping(path = "/new", params = "inquiry")
	String fromInquiry(@RequestParam("inquiry") String inquiry,
			@RequestParam(name = "resultCode", required = false) String resultCode,
			@RequestParam(name = "transfereeName", required = false) String company,
			@RequestParam(name = "kind", required = false) String kind, Model model) {
		String view = newForm(model);
		model.addAttribute("form", this.contracts.fromInquiry(inquiry, resultCode, company, kind));
		return view;
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
