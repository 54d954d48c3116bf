package org.craftsman.portal.contract;

import java.math.BigDecimal;
import java.util.List;

import org.craftsman.portal.common.web.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ContractController {

	static final int PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	private final ContractQueries contracts;

	ContractController(ContractQueries contracts) {
		this.contracts = contracts;
	}

	@GetMapping("/contracts")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String day, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		ContractFilter filter = ContractFilter.of(q, kind, day, sort);
		ContractQueries.ContractTotals totals = this.contracts.totals(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("totals", totals);
		List<ContractQueries.DayTotal> days = this.contracts.byDay();
		model.addAttribute("days", days);
		model.addAttribute("allContracts", days.stream().mapToLong(ContractQueries.DayTotal::contracts).sum());
		model.addAttribute("allAmount",
				days.stream().map(ContractQueries.DayTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("contracts",
				this.contracts.page(filter, Paging.of(page, size, PAGE_SIZE, MAX_PAGE_SIZE), totals.contracts()));
		model.addAttribute("kinds", ContractKind.values());
		model.addAttribute("sorts", ContractFilter.ContractSort.values());
		return "contracts/list";
	}

}
