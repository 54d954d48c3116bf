package org.craftsman.portal.admin.importexport;

import java.util.Map;

import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export imported again is recognised row by row as what is already there: nothing to
 * add, nothing to change, nothing written.
 */
@IntegrationTest
class ImportRoundTripTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest(name = "{0}.{1}")
	@CsvSource({ "results, csv, 680", "results, xlsx, 680", "contracts, csv, 532", "contracts, xlsx, 532",
			"awards, csv, 52", "awards, xlsx, 52", "areas, csv, 85", "areas, xlsx, 85" })
	void anExportImportsBackUnchanged(String kind, String format, int rows) {
		importsBackUnchanged(kind, format, rows);
	}

	@ParameterizedTest(name = "{0}.{1}")
	@CsvSource({ "scenes, csv, hall_scenes", "scenes, xlsx, hall_scenes", "scene-links, csv, hall_scene_links",
			"hotspot-places, csv, hall_hotspot_places", "hotspot-places, xlsx, hall_hotspot_places" })
	void theHallsScenesAndPlacesImportBackUnchanged(String kind, String format, String table) {
		int rows = this.jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
		assertThat(rows).isPositive();
		importsBackUnchanged(kind, format, rows);
	}

	private void importsBackUnchanged(String kind, String format, int rows) {
		ImportDriver driver = new ImportDriver(this.port);
		byte[] export = driver.download("/admin/export/" + kind + "." + format);
		Map<String, Long> before = TestRows.counts(this.jdbc);
		String job = driver.check(kind, "export." + format, export);
		Document page = driver.page(job);
		assertThat(page.select(".admin-report dd").eachText()).containsExactly(
				String.valueOf(rows).replaceAll("(\\d)(\\d{3})$", "$1,$2"), "0", "0",
				String.valueOf(rows).replaceAll("(\\d)(\\d{3})$", "$1,$2"), "0");
		assertThat(page.select("form[action$=/commit]")).isEmpty();
		assertThat(driver.client().post(job + "/commit", Map.of(), job).statusCode()).isEqualTo(302);
		assertThat(driver.status(job)).isEqualTo("CHECKED");
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

}
