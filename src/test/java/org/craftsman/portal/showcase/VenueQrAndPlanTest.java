package org.craftsman.portal.showcase;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.craftsman.portal.common.BatchedCounters;
import org.craftsman.portal.common.PublicSite;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.OwnRows;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QR codes decode to their page's address with the scan marker, scans are counted exactly
 * apart from visits (also for pages served from memory), the floor plan has one shape per
 * offline area, and placements that overlap or leave their hall are refused.
 */
@IntegrationTest
class VenueQrAndPlanTest {

	static final int SCANS = 200;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BatchedCounters counters;

	@Autowired
	PublicSite site;

	OwnRows rows;

	@BeforeEach
	void setUp() {
		this.rows = new OwnRows(this.jdbc);
	}

	@AfterEach
	void tearDown() {
		this.jdbc.update(
				"DELETE FROM qr_scans WHERE kind = 'RESULT' AND target_id IN (SELECT id FROM innovation_results WHERE code LIKE ?)",
				this.rows.tag() + "%");
		this.rows.deleteAll();
	}

	@Test
	void qrCodesOfAreasResultsAndHotspotsDecodeToTheirPageWithTheScanMarker() throws Exception {
		long area = this.jdbc.queryForObject("SELECT min(id) FROM exhibition_areas WHERE kind = 'OFFLINE'", Long.class);
		long result = this.jdbc.queryForObject("SELECT min(id) FROM innovation_results WHERE published", Long.class);
		long hotspot = this.jdbc.queryForObject("SELECT min(id) FROM online_hotspots", Long.class);
		for (String path : List.of("/areas/" + area, "/results/" + result, "/hall/hotspots/" + hotspot)) {
			HttpResponse<byte[]> png = bytes(path + "/qr.png");
			assertThat(png.statusCode()).isEqualTo(200);
			assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
			assertThat(decode(ImageIO.read(new ByteArrayInputStream(png.body()))))
				.isEqualTo(this.site.baseUrl() + path + "?s=qr");
			HttpResponse<byte[]> svg = bytes(path + "/qr.svg");
			assertThat(svg.statusCode()).isEqualTo(200);
			assertThat(new String(svg.body())).startsWith("<svg").contains("<path");
		}
		assertThat(bytes("/results/999999999/qr.png").statusCode()).isEqualTo(404);
		assertThat(bytes("/areas/" + area + "/qr.gif").statusCode()).isEqualTo(404);
	}

	@Test
	void theHostHeaderNeverMakesItIntoAQrCode() throws Exception {
		long area = this.jdbc.queryForObject("SELECT min(id) FROM exhibition_areas WHERE kind = 'OFFLINE'", Long.class);
		String poster = new WebClient(this.port)
			.get("/areas/" + area + "/poster", Map.of("X-Forwarded-Host", "evil.example"))
			.body();
		assertThat(poster).doesNotContain("evil.example").contains(this.site.baseUrl() + "/areas/" + area);
	}

	@Test
	void twoHundredScansAtOnceAreCountedExactlyApartFromVisits() throws Exception {
		long result = this.rows.result("扫码计数测试");
		long areaId = this.jdbc.queryForObject("SELECT area_id FROM innovation_results WHERE id = ?", Long.class,
				result);
		this.counters.flush();
		long visitsBefore = count("SELECT visit_count FROM innovation_results WHERE id = " + result);
		List<HttpResponse<String>> answers = atOnce(SCANS, "/results/" + result + "?s=qr");
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.statusCode()).isEqualTo(200));
		assertThat(answers.get(0).body()).contains("scanned-note");
		atOnce(10, "/results/" + result);
		assertThat(
				count("SELECT coalesce(sum(scans), 0) FROM qr_scans WHERE kind = 'RESULT' AND target_id = " + result))
			.isEqualTo(SCANS);
		assertThat(count("SELECT count(*) FROM qr_scans WHERE kind = 'RESULT' AND target_id = " + result
				+ " AND area_id = " + areaId))
			.as("one row per day, for the result's area")
			.isEqualTo(1);
		assertThat(count("SELECT visit_count FROM innovation_results WHERE id = " + result) - visitsBefore)
			.as("a scan is also a visit")
			.isEqualTo(SCANS + 10);
	}

	@Test
	void scansOfABoothPosterShowOnTheDashboardPerAreaAndDayAndAddUp() throws Exception {
		long area = this.jdbc.queryForObject("SELECT id FROM exhibition_areas WHERE code = 'A07'", Long.class);
		try {
			atOnce(5, "/areas/" + area + "?s=qr");
			atOnce(3, "/areas/" + area);
			assertThat(
					count("SELECT coalesce(sum(scans), 0) FROM qr_scans WHERE kind = 'AREA' AND target_id = " + area))
				.isEqualTo(5);
			Document dashboard = new WebClient(this.port).loggedInAs("staff", "demo-staff").page("/dashboard");
			Element row = dashboard.select("#table-scans tbody tr")
				.stream()
				.filter((tr) -> tr.selectFirst("th").text().startsWith("A07"))
				.findFirst()
				.orElseThrow();
			assertThat(row.select("td").last().text()).isEqualTo("5");
			assertThat(dashboard.select("#section-scans .dash-check-ok")).hasSize(1);
		}
		finally {
			this.jdbc.update("DELETE FROM qr_scans WHERE kind = 'AREA' AND target_id = ?", area);
		}
	}

	@Test
	void theFloorPlanHasOneClickableShapePerOfflineAreaAndTheListTheSameAreas() {
		Document page = new WebClient(this.port).page("/areas");
		List<String> offline = this.jdbc.queryForList(
				"SELECT '/areas/' || id FROM exhibition_areas WHERE kind = 'OFFLINE' ORDER BY id", String.class);
		assertThat(offline).hasSize(77);
		List<String> shapes = page.select(".venue-map-svg a.plan-area").stream().map((a) -> a.attr("href")).toList();
		assertThat(shapes).containsExactlyInAnyOrderElementsOf(offline);
		List<String> listed = page.select(".hall-section:not(.online-section) .area-card a.card-link")
			.stream()
			.map((a) -> a.attr("href"))
			.toList();
		assertThat(listed).containsExactlyInAnyOrderElementsOf(offline);
		assertThat(page.select(".plan-legend li")).isNotEmpty();
		assertThat(page.select(".venue-map-svg .plan-hall")).hasSize(9);
	}

	@Test
	void aSearchHighlightsTheAreaOnThePlanAndInTheList() {
		Document page = new WebClient(this.port).page("/areas?highlight=a05");
		long id = this.jdbc.queryForObject("SELECT id FROM exhibition_areas WHERE code = 'A05'", Long.class);
		assertThat(page.select(".plan-area.is-highlighted")).hasSize(1);
		assertThat(page.select(".plan-area.is-highlighted").attr("href")).isEqualTo("/areas/" + id);
		assertThat(page.select("#area-" + id + " .area-card.is-highlighted")).hasSize(1);
		Document detail = new WebClient(this.port).page("/areas/" + id);
		Element marked = detail.selectFirst(".venue-map-svg .plan-area.is-highlighted");
		assertThat(marked).isNotNull();
		assertThat(marked.attr("data-code")).isEqualTo("A05");
	}

	@Test
	void theDatabaseRefusesOverlappingAndOutOfHallPlacements() {
		long a01 = this.jdbc.queryForObject("SELECT id FROM exhibition_areas WHERE code = 'A01'", Long.class);
		long a02 = this.jdbc.queryForObject("SELECT id FROM exhibition_areas WHERE code = 'A02'", Long.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.jdbc.update(
				"UPDATE exhibition_areas SET plan_x = (SELECT plan_x FROM exhibition_areas WHERE id = ?) WHERE id = ?",
				a01, a02))
			.hasMessageContaining("overlaps another area");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update("UPDATE exhibition_areas SET plan_x = 70 WHERE id = ?", a01))
			.hasMessageContaining("lies outside hall");
	}

	@Test
	void theAdminFormRefusesAnOverlappingPlacementWithAFieldErrorAndChangesNothing() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		long a02 = this.jdbc.queryForObject("SELECT id FROM exhibition_areas WHERE code = 'A02'", Long.class);
		String edit = "/admin/areas/" + a02 + "/edit";
		Document form = organizer.page(edit);
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (Element input : form
			.select("form.admin-form input[name], form.admin-form textarea[name], form.admin-form select[name]")) {
			String value = input.tagName().equals("select")
					? input.select("option[selected]").stream().findFirst().map((o) -> o.attr("value")).orElse("")
					: input.tagName().equals("textarea") ? input.text() : input.attr("value");
			fields.put(input.attr("name"), value);
		}
		assertThat(fields.get("planHallCode")).isEqualTo("H1");
		assertThat(form.select(".plan-preview svg .plan-preview-hall")).hasSize(9);
		fields.put("planX", "3");
		fields.remove("_csrf");
		HttpResponse<String> refused = organizer.post(edit, fields, edit);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("A01");
		assertThat(count("SELECT plan_x FROM exhibition_areas WHERE id = " + a02)).isEqualTo(26);
		fields.put("planX", "60");
		assertThat(organizer.post(edit, fields, edit).body()).contains("72");
		assertThat(count("SELECT plan_x FROM exhibition_areas WHERE id = " + a02)).isEqualTo(26);
	}

	private List<HttpResponse<String>> atOnce(int browsers, String path) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(browsers);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < browsers; i++) {
				WebClient browser = new WebClient(this.port);
				answers.add(pool.submit(() -> {
					start.await();
					return browser.get(path);
				}));
			}
			start.countDown();
			List<HttpResponse<String>> results = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				results.add(answer.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private HttpResponse<byte[]> bytes(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	static String decode(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
			.getText();
	}

	private long count(String sql) {
		this.counters.flush();
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
