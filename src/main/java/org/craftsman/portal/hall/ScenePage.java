package org.craftsman.portal.hall;

import java.util.List;

/**
 * The whole model of one scene of the tour.
 *
 * @param scene the scene shown
 * @param scenes every scene of the hall, for the scene list
 * @param doors the doors of the scene
 * @param hotspots the hotspots placed in the scene
 */
public record ScenePage(SceneCard scene, List<SceneCard> scenes, List<SceneDoor> doors, List<PlacedHotspot> hotspots) {

}
