/**
 * Transformation contracts (exact amounts): entity, queries, the public list of signed
 * contracts and the organizers' contract pages.
 */
package org.craftsman.portal.contract;
