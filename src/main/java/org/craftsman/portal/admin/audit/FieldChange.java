package org.craftsman.portal.admin.audit;

/**
 * One field's value before and after a change, as text; empty text for no value.
 */
public record FieldChange(String before, String after) {

}
