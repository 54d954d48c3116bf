/**
 * Awards and award announcements: entities, the public awards page and the organizers'
 * award and announcement pages.
 */
package org.craftsman.portal.award;
