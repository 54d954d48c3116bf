/**
 * Summary totals for staff: the dashboard, the big screen in the hall, the JSON
 * statistics API and exports of the figures, read from the summary tables the database
 * keeps current.
 */
package org.craftsman.portal.dashboard;
