package org.craftsman.portal.admin.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminSections;
import org.craftsman.portal.admin.FieldDescriptions;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.common.PortalProperties;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for organizers: every change, newest first, narrowed by filters. Filter
 * values that make no sense are ignored rather than refused.
 */
@Controller
class AuditController {

	private final AuditQueries queries;

	private final PortalProperties properties;

	private final FieldDescriptions descriptions;

	private final AdminSections sections;

	AuditController(AuditQueries queries, PortalProperties properties, FieldDescriptions descriptions,
			AdminSections sections) {
		this.queries = queries;
		this.sections = sections;
		this.properties = properties;
		this.descriptions = descriptions;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "entityId", required = false) String entityId,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "page", required = false) String page, Model model) {
		AdminSection section = this.sections.named(type);
		AuditQueries.AuditFilter filter = new AuditQueries.AuditFilter((section != null) ? section.name() : null,
				number(entityId), parseAction(action), blankToNull(actor), blankToNull(text), day(from), day(to));
		Page<AuditEntry> entries = this.queries.find(filter, this.properties.timeZone(), Listing.pageable(page));
		model.addAttribute("entries", entries.getContent().stream().map(this::described).toList());
		model.addAttribute("pager", Listing.pager(entries));
		model.addAttribute("filter", filter);
		model.addAttribute("sections", this.sections.all());
		model.addAttribute("sectionsByName",
				this.sections.all().stream().collect(Collectors.toMap(AdminSection::name, Function.identity())));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("actors", this.queries.actors());
		return "admin/audit/list";
	}

	private AuditEntry described(AuditEntry entry) {
		return new AuditEntry(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
				entry.entityId(), entry.entityLabel(), this.descriptions.describe(entry.entityType(), entry.changes()));
	}

	private static Long number(String value) {
		return (value != null && value.strip().matches("\\d{1,18}")) ? Long.valueOf(value.strip()) : null;
	}

	private static AuditAction parseAction(String value) {
		return Arrays.stream(AuditAction.values())
			.filter((candidate) -> candidate.name().equalsIgnoreCase(value))
			.findFirst()
			.orElse(null);
	}

	private static LocalDate day(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			return (day.getYear() >= 2000 && day.getYear() <= 2100) ? day : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
