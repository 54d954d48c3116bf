/**
 * The home page, which shows headline totals, the latest news, featured results and
 * today's broadcasts from several features.
 */
package org.craftsman.portal.home;
