package org.craftsman.portal.admin.support;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.springframework.validation.DataBinder;

/**
 * Reads amounts of money typed into a form or a spreadsheet cell with {@link Amounts}:
 * the admin forms and the import read them the same way.
 */
public class AmountEditor extends PropertyEditorSupport {

	/** The form fields that hold an amount of money. */
	static final String[] AMOUNT_FIELDS = { "amount" };

	public static void register(DataBinder binder) {
		for (String field : AMOUNT_FIELDS) {
			binder.registerCustomEditor(BigDecimal.class, field, new AmountEditor());
		}
	}

	@Override
	public void setAsText(String text) {
		setValue((text == null || text.isBlank()) ? null : Amounts.parse(text));
	}

	@Override
	public String getAsText() {
		return (getValue() instanceof BigDecimal amount) ? amount.toPlainString() : "";
	}

}
