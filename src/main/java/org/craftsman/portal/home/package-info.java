/**
 * The home page, which shows headline totals, featured results and today's broadcasts
 * from several features.
 */
package org.craftsman.portal.home;
