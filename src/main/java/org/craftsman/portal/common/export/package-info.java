/**
 * Writing CSV and XLSX files that spreadsheet programs cannot be tricked by (formula
 * injection).
 */
@NamedInterface("export")
package org.craftsman.portal.common.export;

import org.springframework.modulith.NamedInterface;
