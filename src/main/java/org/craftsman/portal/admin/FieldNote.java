package org.craftsman.portal.admin;

/**
 * What a person should know about a field's value that is no error: how a typed value was
 * understood, or a warning about a value that is allowed but unusual.
 *
 * @param field the form field
 * @param text the note in the reader's language
 * @param warning whether the value deserves a second look
 */
public record FieldNote(String field, String text, boolean warning) {

}
