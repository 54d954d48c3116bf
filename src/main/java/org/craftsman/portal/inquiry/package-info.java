/**
 * Inquiries ("我要对接"): a company asks to license, take over or develop a result further
 * from the result's page; organizers work them through from new to signed or declined
 * (admin pages in {@code inquiry.admin}). The contact details are personal data: they are
 * shown only in the admin, never on public pages or in public APIs, and a closed inquiry
 * is deleted after the retention period. The dashboard reads counts only.
 */
package org.craftsman.portal.inquiry;
