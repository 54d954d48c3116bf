package org.craftsman.portal.admin;

import java.net.http.HttpResponse;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records other records point to cannot be deleted; the confirmation page says why and
 * offers no delete button, and a delete posted anyway changes nothing.
 */
@IntegrationTest
class DeleteRefusalTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void areasWithResultsOrHotspotsAreKept() {
		long offline = TestRows.id(this.jdbc, "SELECT id FROM exhibition_areas WHERE code = 'A01'");
		assertThat(refused("/admin/areas/" + offline).select(".alert-error li").text()).contains("项成果在此展区展出");
		long online = TestRows.id(this.jdbc, "SELECT id FROM exhibition_areas WHERE code = 'ON01'");
		assertThat(refused("/admin/areas/" + online).select(".alert-error li").text()).contains("个线上热点属于此展区");
	}

	@Test
	void aResultWithContractsIsKept() {
		long result = TestRows.id(this.jdbc,
				"SELECT result_id FROM transformation_contracts WHERE contract_no = 'CIE2022-0001'");
		Document page = refused("/admin/results/" + result);
		assertThat(page.select(".alert-error li").text()).contains("此成果已签约");
	}

	@Test
	void anOrganizationInUseIsKeptWithEveryUseCounted() {
		long organization = TestRows.id(this.jdbc, "SELECT id FROM organizations WHERE name = '广东省总工会'");
		Document page = refused("/admin/organizations/" + organization);
		assertThat(page.select(".alert-error li").text()).contains("条表彰涉及此单位");
	}

	@Test
	void anAwardWithAnnouncementsIsKeptAndTheRefusalReadsInEnglish() {
		long award = TestRows.id(this.jdbc, "SELECT id FROM awards WHERE code = 'TECH_ACHIEVEMENT'");
		WebClient organizer = new WebClient(this.port).acceptLanguage("en").loggedInAs("organizer", "demo-organizer");
		Document page = organizer.page("/admin/awards/" + award + "/delete");
		assertThat(page.select(".alert-error").text()).contains("cannot be deleted while other records point to it")
			.contains("12 recipients have been announced for this award.");
	}

	private Document refused(String base) {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Map<String, Long> before = TestRows.counts(this.jdbc);
		Document confirm = organizer.page(base + "/delete");
		assertThat(confirm.select("main button[type=submit]")).isEmpty();
		HttpResponse<String> response = organizer.post(base + "/delete", Map.of("version", "0"), base + "/edit");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isNotEmpty();
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
		return confirm;
	}

}
