package org.craftsman.portal.admin.importexport;

import java.util.Locale;

/**
 * The spreadsheet formats the import reads and the exports write.
 */
public enum FileFormat {

	CSV("csv", "text/csv;charset=UTF-8"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	FileFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public static FileFormat fromExtension(String extension) {
		for (FileFormat format : values()) {
			if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		return null;
	}

	/** The format of a file by its content; null when it is neither. */
	static FileFormat detect(byte[] content) {
		if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			return XLSX;
		}
		return CSV;
	}

}
