/**
 * The online exhibition hall: hotspots with their pictures, sounds and videos; the
 * real-scene hall's 360° scenes, the doors between them and where each hotspot stands,
 * with the panoramas the portal paints for the demo hall; the public tour and list view,
 * and the organizers' hotspot, scene, door and placing pages.
 */
package org.craftsman.portal.hall;
