package org.craftsman.portal.admin;

import java.util.List;

import org.craftsman.portal.admin.LookupQueries.Suggestion;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the fields that name a record from a long list: as an organizer types
 * part of a result's code or title, or of an organization's name, admin.js offers the
 * first matches. The value is the record's natural key, which is what the form sends.
 */
@RestController
class LookupController {

	private final LookupQueries queries;

	LookupController(LookupQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/admin/lookup/results")
	List<Suggestion> results(@RequestParam(name = "q", required = false) String search) {
		return this.queries.results(search);
	}

	@GetMapping("/admin/lookup/organizations")
	List<Suggestion> organizations(@RequestParam(name = "q", required = false) String search) {
		return this.queries.organizations(search);
	}

}
