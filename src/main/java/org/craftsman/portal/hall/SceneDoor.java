package org.craftsman.portal.hall;

/**
 * A door of a scene, leading to another.
 *
 * @param targetId the scene it leads to
 * @param title that scene's Chinese title
 * @param titleEn that scene's English title
 * @param yaw where the door stands, degrees
 * @param pitch how high it stands, degrees
 */
public record SceneDoor(long targetId, String title, String titleEn, double yaw, double pitch) {

}
