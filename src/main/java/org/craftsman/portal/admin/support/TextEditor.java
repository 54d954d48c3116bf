package org.craftsman.portal.admin.support;

import java.beans.PropertyEditorSupport;

/**
 * Reads text typed into a form or a spreadsheet cell: surrounding blanks dropped, nothing
 * typed is no value, and characters no text field may hold (NUL and other control
 * characters except tab and line breaks, which PostgreSQL or the pages cannot take) make
 * the value invalid rather than being silently removed.
 */
public class TextEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
				throw new IllegalArgumentException("Control character in text");
			}
		}
		setValue(text.strip());
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value != null) ? value.toString() : "";
	}

}
