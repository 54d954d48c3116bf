/**
 * The demo data set of the first conference, loaded into an empty database when demo mode
 * is on.
 */
package org.craftsman.portal.demo;
