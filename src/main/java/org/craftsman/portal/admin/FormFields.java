package org.craftsman.portal.admin;

import java.util.Collection;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.util.ClassUtils;

/**
 * Copies the plain fields between a record and its form, so that a field needs no code of
 * its own: a named property is copied when the source can read it and the target can
 * write it with a value of the same type. Anything else (related records, values that
 * need converting) is left to the section.
 */
public final class FormFields {

	private FormFields() {
	}

	/**
	 * Copies each named property readable on one object and writable, with an assignable
	 * type, on the other; a name either side lacks is skipped.
	 * @param from the object read
	 * @param to the object written
	 * @param names the properties to copy
	 */
	public static void copy(Object from, Object to, Collection<String> names) {
		BeanWrapper source = PropertyAccessorFactory.forBeanPropertyAccess(from);
		BeanWrapper target = PropertyAccessorFactory.forBeanPropertyAccess(to);
		for (String name : names) {
			if (!source.isReadableProperty(name) || !target.isWritableProperty(name)) {
				continue;
			}
			Class<?> sourceType = source.getPropertyType(name);
			Class<?> targetType = target.getPropertyType(name);
			if (sourceType == null || targetType == null || !ClassUtils.isAssignable(targetType, sourceType)) {
				continue;
			}
			target.setPropertyValue(name, source.getPropertyValue(name));
		}
	}

}
