package org.craftsman.portal.admin;

import java.beans.PropertyEditorSupport;

import org.craftsman.portal.common.web.UnsafeText;

/**
 * Reads text typed into a form or a spreadsheet cell: surrounding blanks dropped, nothing
 * typed is no value, and characters no text field may hold ({@link UnsafeText}: control
 * characters, which PostgreSQL or the pages cannot take, and direction overrides, which
 * disguise a name) make the value invalid rather than being silently removed. Form posts
 * holding them are already refused whole; this catches imported cells.
 */
public class TextEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		if (UnsafeText.containsUnsafe(text)) {
			throw new IllegalArgumentException("Control or direction character in text");
		}
		setValue(text.strip());
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value != null) ? value.toString() : "";
	}

}
