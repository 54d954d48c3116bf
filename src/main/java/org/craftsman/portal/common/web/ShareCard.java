package org.craftsman.portal.common.web;

/**
 * What a page shows when it is shared (Open Graph and Twitter card): its title, a short
 * description and a picture, in both languages. A page without one is shared as the
 * portal itself.
 *
 * @param title the Chinese title
 * @param titleEn the English title, when there is one
 * @param description the Chinese description
 * @param descriptionEn the English description, when there is one
 * @param image the address of its picture on the portal (starting with /), or null
 */
public record ShareCard(String title, String titleEn, String description, String descriptionEn, String image) {

	/** The model attribute the layout reads. */
	public static final String ATTRIBUTE = "share";

	/** The picture, only when it is an address on the portal itself. */
	public String siteImage() {
		return (this.image != null && SiteAddresses.isSiteRelative(this.image)) ? this.image : null;
	}

}
