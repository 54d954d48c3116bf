package org.craftsman.portal.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the portal exports: UTF-8 with a byte order mark (so that spreadsheet
 * programs read Chinese correctly), RFC 4180, numbers as plain decimals, dates in ISO
 * form, and text guarded by {@link FormulaGuard}.
 */
public final class CsvWriter {

	private CsvWriter() {
	}

	public static void write(List<String> header, Iterable<? extends List<?>> rows, OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			printer.printRecord(header.stream().map(CsvWriter::text).toList());
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(CsvWriter::text).toList());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A number stays as it is: only text can be taken for a formula. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return FormulaGuard.protect(value.toString());
	}

}
