package org.craftsman.portal.admin;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.craftsman.portal.admin.audit.FieldChange;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * The values of a form's fields as plain text, normalized so that equal values compare
 * equal whatever their origin (a form, a spreadsheet cell or the database): no
 * surrounding blanks, no trailing zeros after a decimal point, ISO dates, enum names.
 * Audit entries, stale-edit warnings, import change detection and exports all read
 * records through this one view.
 */
public final class FormSnapshot {

	private FormSnapshot() {
	}

	public static Map<String, String> of(AdminForm form) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : form.fieldNames()) {
			values.put(field, text(bean.getPropertyValue(field)));
		}
		return values;
	}

	/** The fields whose values differ, with the value before and after. */
	public static Map<String, FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : after.entrySet()) {
			String old = before.getOrDefault(entry.getKey(), "");
			if (!Objects.equals(old, entry.getValue())) {
				changes.put(entry.getKey(), new FieldChange(old, entry.getValue()));
			}
		}
		return changes;
	}

	public static Map<String, FieldChange> diff(AdminForm before, AdminForm after) {
		return diff(of(before), of(after));
	}

	/** Every field of a record that appears or disappears: empty on the other side. */
	public static Map<String, FieldChange> whole(AdminForm form, boolean appearing) {
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		of(form).forEach((field, value) -> {
			if (!value.isEmpty()) {
				changes.put(field, appearing ? new FieldChange("", value) : new FieldChange(value, ""));
			}
		});
		return changes;
	}

	public static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return (number.signum() == 0) ? "0" : number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return value.toString().strip();
	}

}
