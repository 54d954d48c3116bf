package org.craftsman.portal.admin;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * Reads amounts of money typed into a form or a spreadsheet cell with {@link Amounts}:
 * the admin forms and the import read them the same way.
 */
public class AmountEditor extends PropertyEditorSupport {

	/** The form fields that hold an amount of money. */
	static final String[] AMOUNT_FIELDS = { "amount" };

	/**
	 * Reads the binder's amount fields with this editor; an amount that looks like a
	 * number but could be read two ways gets a message saying why.
	 */
	public static void register(DataBinder binder) {
		for (String field : AMOUNT_FIELDS) {
			binder.registerCustomEditor(BigDecimal.class, field, new AmountEditor());
		}
		binder.setBindingErrorProcessor(new Reasons());
	}

	@Override
	public void setAsText(String text) {
		setValue((text == null || text.isBlank()) ? null : Amounts.parse(text));
	}

	@Override
	public String getAsText() {
		return (getValue() instanceof BigDecimal amount) ? amount.toPlainString() : "";
	}

	/** Puts the reason an amount is unreadable on its field. */
	private static final class Reasons extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			if (ex.getCause() instanceof Amounts.Unreadable unreadable && unreadable.reason() != null) {
				String field = ex.getPropertyName();
				bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
						bindingResult.resolveMessageCodes(unreadable.reason(), field), null, null));
				return;
			}
			super.processPropertyAccessException(ex, bindingResult);
		}

	}

}
