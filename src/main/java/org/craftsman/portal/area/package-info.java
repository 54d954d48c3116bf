/**
 * Exhibition areas: the 77 offline exchange areas and the online zones, their entity,
 * queries, the public list of areas and the organizers' area pages.
 */
package org.craftsman.portal.area;
