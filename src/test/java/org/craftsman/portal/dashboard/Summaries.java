package org.craftsman.portal.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's summaries compared with the same figures recomputed from the rows
 * ({@code dashboard/summary-differences.sql}, also used by bench/check-summaries.sh).
 */
final class Summaries {

	private static final String DIFFERENCES = read("dashboard/summary-differences.sql");

	private Summaries() {
	}

	static List<String> differences(JdbcTemplate jdbc) {
		return jdbc.query(DIFFERENCES, (row, n) -> row.getString("summary") + " " + row.getString("item")
				+ ": expected " + row.getString("expected") + ", summary has " + row.getString("actual"));
	}

	static void assertExact(JdbcTemplate jdbc, String after) {
		assertThat(differences(jdbc)).as("summaries after " + after).isEmpty();
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
