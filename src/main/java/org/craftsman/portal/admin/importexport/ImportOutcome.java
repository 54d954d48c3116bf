package org.craftsman.portal.admin.importexport;

import java.util.List;

/**
 * What checking or importing a file found.
 *
 * @param rows how many data rows the file has
 * @param created rows that add a record
 * @param changed rows that change a record
 * @param unchanged rows equal to their record already
 * @param errorRows rows with at least one problem
 * @param errors every problem found
 */
public record ImportOutcome(int rows, int created, int changed, int unchanged, int errorRows,
		List<ImportError> errors) {

}
