package org.craftsman.portal.hall;

/**
 * A scene of the real-scene hall as the tour shows it.
 *
 * @param id the scene's id
 * @param code its code
 * @param title its Chinese title
 * @param titleEn its English title
 * @param areaId its zone, or null for a hall-wide scene (the lobby)
 * @param areaName the zone's Chinese name
 * @param areaNameEn the zone's English name
 * @param panoramaRef the address of its equirectangular panorama
 * @param previewRef the address of its light preview, when it has one
 * @param initialYaw where a visitor first looks, degrees from the panorama's centre
 * @param initialPitch how far up (or down) a visitor first looks
 */
public record SceneCard(long id, String code, String title, String titleEn, Long areaId, String areaName,
		String areaNameEn, String panoramaRef, String previewRef, double initialYaw, double initialPitch) {

	/**
	 * The picture shown before the panorama loads: the preview, else the panorama itself.
	 */
	public String placeholder() {
		return (this.previewRef != null && !this.previewRef.isBlank()) ? this.previewRef : this.panoramaRef;
	}

}
