/**
 * The audit log: who changed which record, when, from what to what. Features that change
 * records outside the admin's forms (an inquiry a visitor sends, a deletion after the
 * retention period) record it here too.
 */
@NamedInterface("audit")
package org.craftsman.portal.admin.audit;

import org.springframework.modulith.NamedInterface;
