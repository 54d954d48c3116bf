package org.craftsman.portal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.craftsman.portal.admin.audit.FieldChange;

import org.springframework.stereotype.Component;

/**
 * Reads recorded field changes of any admin section the way a person reads them, in their
 * language: the audit log stores the values as {@link FormSnapshot} writes them, and each
 * section says how its fields read ({@link AdminCrudService#describe}).
 */
@Component
public class FieldDescriptions {

	private final AdminSections sections;

	FieldDescriptions(AdminSections sections) {
		this.sections = sections;
	}

	/** The changes of a record of a kind (an admin section's name), described. */
	public Map<String, FieldChange> describe(String entityType, Map<String, FieldChange> changes) {
		AdminCrudService<?, ?> service = this.sections.service(entityType);
		if (service == null) {
			return changes;
		}
		Map<String, FieldChange> described = new LinkedHashMap<>();
		changes.forEach((field, change) -> described.put(field,
				new FieldChange(service.describe(field, change.before()), service.describe(field, change.after()))));
		return described;
	}

}
