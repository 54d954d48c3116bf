/**
 * Live broadcasts: the schedule, a broadcast's page, the conference phase and the
 * organizers' broadcast pages.
 */
package org.craftsman.portal.live;
