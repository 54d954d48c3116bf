package org.craftsman.portal.organization.admin;

import java.util.List;

import org.craftsman.portal.admin.Suggestion;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the fields that name an organization (results, contracts,
 * announcements): organizations by name (Chinese or English), the shortest names first,
 * with their region.
 */
@RestController
class OrganizationLookupController {

	private final OrganizationSuggestions suggestions;

	OrganizationLookupController(OrganizationSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/admin/lookup/organizations")
	List<Suggestion> organizations(@RequestParam(name = "q", required = false) String search) {
		return this.suggestions.matching(search);
	}

}
