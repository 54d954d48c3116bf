package org.craftsman.portal.area;

/**
 * An area as a choice of a filter: what its option shows, nothing more.
 *
 * @param id the area's id
 * @param code its code (A01)
 * @param name its Chinese name
 * @param nameEn its English name, if any
 */
public record AreaOption(long id, String code, String name, String nameEn) {

}
