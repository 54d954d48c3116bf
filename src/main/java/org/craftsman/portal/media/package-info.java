/**
 * Uploaded media of any feature: checked by content, stored under random names, served
 * with range requests, and swept when no record names them.
 */
package org.craftsman.portal.media;
