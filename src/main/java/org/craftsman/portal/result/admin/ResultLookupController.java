package org.craftsman.portal.result.admin;

import java.util.List;

import org.craftsman.portal.admin.Suggestion;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the fields that name a result (contracts, hotspots): results by code or
 * title (Chinese or English), the exact code first.
 */
@RestController
class ResultLookupController {

	private final ResultSuggestions suggestions;

	ResultLookupController(ResultSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/admin/lookup/results")
	List<Suggestion> results(@RequestParam(name = "q", required = false) String search) {
		return this.suggestions.matching(search);
	}

}
