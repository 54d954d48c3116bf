package org.craftsman.portal.admin.importexport;

/**
 * One problem in an imported file: where it is and what is wrong, in both languages.
 *
 * @param row the spreadsheet's row number (1 is the header)
 * @param column the column's name, or empty when the problem concerns the whole row
 * @param messageZh the reason in Chinese
 * @param messageEn the reason in English
 */
public record ImportError(int row, String column, String messageZh, String messageEn) {

	public String message(boolean english) {
		return english ? this.messageEn : this.messageZh;
	}

}
