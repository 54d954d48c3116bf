/**
 * The shared machinery of the organizers' admin: generic list, form and delete pages and
 * services that feature sections extend, constraint messages, references by natural key,
 * the admin's front page, the audit log ({@code admin.audit}) and spreadsheet import and
 * export of any section ({@code admin.importexport}). It knows no feature.
 */
package org.craftsman.portal.admin;
