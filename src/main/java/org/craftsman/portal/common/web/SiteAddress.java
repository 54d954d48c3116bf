package org.craftsman.portal.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A field holding an address a page links to or plays: on the portal itself or, unless
 * {@link #external()} is false, an https address on another site (see
 * {@link SiteAddresses}). No value is valid.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SiteAddress.Validator.class)
public @interface SiteAddress {

	String message() default "{jakarta.validation.constraints.Pattern.message}";

	boolean external() default true;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SiteAddress, String> {

		private boolean external;

		@Override
		public void initialize(SiteAddress annotation) {
			this.external = annotation.external();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || SiteAddresses.isSiteRelative(value)
					|| (this.external && SiteAddresses.isExternal(value));
		}

	}

}
