package org.craftsman.portal.admin.importexport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.craftsman.portal.admin.AdminForm;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Spreadsheet columns are the form's fields in snake case: the field {@code areaCode} is
 * the column {@code area_code}. One rule for templates, exports and imports.
 */
final class Columns {

	private Columns() {
	}

	static String column(String field) {
		return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}

	static List<String> of(AdminForm form) {
		return form.fieldNames().stream().map(Columns::column).toList();
	}

	/** The columns holding numbers, which XLSX files keep as numbers. */
	static Set<String> numeric(AdminForm form) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		return form.fieldNames().stream().filter((field) -> {
			Class<?> type = bean.getPropertyType(field);
			return type != null && (Number.class.isAssignableFrom(type) || type == BigDecimal.class);
		}).map(Columns::column).collect(Collectors.toSet());
	}

}
