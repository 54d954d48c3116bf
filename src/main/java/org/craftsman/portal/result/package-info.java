/**
 * Innovation results: entity, full-text search, the public results list, likes and
 * visits, and the organizers' result pages.
 */
package org.craftsman.portal.result;
