package org.craftsman.portal.hall;

import org.craftsman.portal.media.MediaKind;

/**
 * A hotspot where it stands in a scene.
 *
 * @param id the hotspot's id
 * @param title its Chinese title
 * @param titleEn its English title
 * @param mediaKind picture, audio or video
 * @param yaw where it stands, degrees
 * @param pitch how high it stands, degrees
 */
public record PlacedHotspot(long id, String title, String titleEn, MediaKind mediaKind, double yaw, double pitch) {

}
