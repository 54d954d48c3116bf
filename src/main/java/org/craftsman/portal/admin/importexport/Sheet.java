package org.craftsman.portal.admin.importexport;

import java.util.List;
import java.util.Map;

/**
 * A spreadsheet as the import reads it: the header row's column names and the data rows
 * with their row numbers as the spreadsheet program shows them (the header is row 1).
 *
 * @param columns the column names, normalized (lower case, no blanks)
 * @param rows the data rows
 */
record Sheet(List<String> columns, List<Row> rows) {

	/**
	 * One data row.
	 *
	 * @param number the row's number in the spreadsheet
	 * @param cells the cells by column name; empty text for empty cells
	 */
	record Row(int number, Map<String, String> cells) {

	}

}
