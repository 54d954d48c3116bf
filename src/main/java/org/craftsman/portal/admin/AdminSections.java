package org.craftsman.portal.admin;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Every admin section, as the features declare them through their admin services, in the
 * order of their positions; looked up by name (the audit log's entity type) or by the
 * name spreadsheets use.
 */
@Component
public class AdminSections {

	private final Map<AdminSection, AdminCrudService<?, ?>> services = new LinkedHashMap<>();

	AdminSections(List<AdminCrudService<?, ?>> services) {
		services.stream()
			.sorted(Comparator.comparingInt((AdminCrudService<?, ?> service) -> service.section().position()))
			.forEach((service) -> this.services.put(service.section(), service));
	}

	/** Every section, in order. */
	public List<AdminSection> all() {
		return List.copyOf(this.services.keySet());
	}

	/** The sections whose records spreadsheets carry, in order. */
	public List<AdminSection> importable() {
		return all().stream().filter(AdminSection::importable).toList();
	}

	/** The section of a name, in any case; null for none. */
	public AdminSection named(String name) {
		return all().stream().filter((section) -> section.name().equalsIgnoreCase(name)).findFirst().orElse(null);
	}

	/** The importable section of a spreadsheet name; null for none. */
	public AdminSection bySlug(String slug) {
		return importable().stream().filter((section) -> section.slug().equals(slug)).findFirst().orElse(null);
	}

	/** The service editing a section's records. */
	public AdminCrudService<?, ?> service(AdminSection section) {
		return this.services.get(section);
	}

	/** The service of a section's name, or null. */
	public AdminCrudService<?, ?> service(String name) {
		AdminSection section = named(name);
		return (section != null) ? this.services.get(section) : null;
	}

}
