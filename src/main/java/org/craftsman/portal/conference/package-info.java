/**
 * The conference itself: its name, dates and venue.
 */
package org.craftsman.portal.conference;
