package org.craftsman.portal.live;

/**
 * A speaker as the public pages show them.
 *
 * @param id the speaker's id
 * @param name their Chinese name
 * @param nameEn their English name
 * @param title their title or position (Chinese)
 * @param titleEn the same in English
 * @param organization where they work (Chinese)
 * @param organizationEn the same in English
 * @param biography a short biography (Chinese)
 * @param biographyEn the same in English
 * @param photoRef the address of their photo, if any
 */
public record SpeakerCard(long id, String name, String nameEn, String title, String titleEn, String organization,
		String organizationEn, String biography, String biographyEn, String photoRef) {

}
