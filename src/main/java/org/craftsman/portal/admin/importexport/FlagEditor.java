package org.craftsman.portal.admin.importexport;

import java.beans.PropertyEditorSupport;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a yes/no cell as spreadsheets write it: true/false, yes/no, 1/0, or 是/否. An empty
 * cell is no value, which leaves the form's default.
 */
class FlagEditor extends PropertyEditorSupport {

	private static final Set<String> YES = Set.of("true", "yes", "y", "1", "on", "是");

	private static final Set<String> NO = Set.of("false", "no", "n", "0", "off", "否");

	@Override
	public void setAsText(String text) {
		String value = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		if (value.isEmpty()) {
			setValue(null);
		}
		else if (YES.contains(value)) {
			setValue(Boolean.TRUE);
		}
		else if (NO.contains(value)) {
			setValue(Boolean.FALSE);
		}
		else {
			throw new IllegalArgumentException("Not a yes/no value");
		}
	}

}
