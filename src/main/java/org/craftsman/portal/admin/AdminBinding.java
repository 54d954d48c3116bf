package org.craftsman.portal.admin;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How admin forms read what organizers type: surrounding blanks dropped, an empty field
 * is no value, amounts of money as people type them ({@link Amounts}), and a record's id
 * comes from its address only, never from the form. This holds for the admin's own pages
 * and for every feature's admin section.
 */
@ControllerAdvice(basePackageClasses = AdminBinding.class, assignableTypes = AdminCrudController.class)
class AdminBinding {

	@InitBinder
	void trimAndProtect(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextEditor());
		AmountEditor.register(binder);
		binder.setDisallowedFields("id");
	}

}
