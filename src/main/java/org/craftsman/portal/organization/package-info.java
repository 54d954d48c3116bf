/**
 * Organizations that hold results, sign contracts and receive awards, with the
 * organizers' organization pages.
 */
package org.craftsman.portal.organization;
