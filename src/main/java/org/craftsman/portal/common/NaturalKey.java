package org.craftsman.portal.common;

import java.util.function.Function;

/**
 * How people name a record instead of by its id: an area or a result by its code, an
 * organization by its name. Forms and spreadsheets refer to records this way.
 *
 * @param <T> the entity
 * @param type the entity's class
 * @param attribute the entity attribute holding the key
 * @param keyOf reads the key of an entity
 */
public record NaturalKey<T>(Class<T> type, String attribute, Function<T, String> keyOf) {

}
