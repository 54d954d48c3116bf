/**
 * What every module truly shares: configuration, the database set-up, the clock, signed
 * cookies, the public site address, web infrastructure ({@code common.web}) and safe
 * spreadsheet writing ({@code common.export}).
 */
package org.craftsman.portal.common;
