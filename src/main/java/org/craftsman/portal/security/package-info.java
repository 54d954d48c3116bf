/**
 * Sign-in, accounts and roles, login throttling, CSRF and session handling.
 */
package org.craftsman.portal.security;
