package org.craftsman.portal.admin;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract form: every problem of a save at once, amounts as people type them with
 * what the portal understood, and a warning for a contract signed outside the conference.
 */
@IntegrationTest
class ContractFormTest {

	private static final String BASE = "/admin/contracts";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRows() {
		TestRows.deleteAll(this.jdbc);
	}

	private WebClient organizer() {
		return new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
	}

	private LocalDate conferenceDay() {
		return this.jdbc.queryForObject("SELECT starts_on FROM conference ORDER BY starts_on DESC LIMIT 1",
				LocalDate.class);
	}

	private Map<String, String> contract(String number, String amount, LocalDate signedOn) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("contractNo", number);
		fields.put("resultCode", "CIE-0276");
		fields.put("transfereeName", "唐山永盛船舶重工有限公司");
		fields.put("amount", amount);
		fields.put("signedOn", signedOn.toString());
		fields.put("kind", "LICENCE");
		return fields;
	}

	@Test
	void oneSaveShowsABadAmountAnUnknownResultAndAnUnknownTransfereeTogether() {
		Map<String, Long> before = TestRows.counts(this.jdbc);
		Map<String, String> fields = contract("ZT-C9", "12,34", conferenceDay());
		fields.put("resultCode", "ZT-NO-SUCH-RESULT");
		fields.put("transfereeName", "ZT 不存在的单位");

		HttpResponse<String> response = organizer().post(BASE + "/new", fields, BASE + "/new");

		assertThat(response.statusCode()).isEqualTo(200);
		Document form = Jsoup.parse(response.body());
		assertThat(form.select("#amount-error").text()).contains("千位分隔符须每三位一个");
		assertThat(form.select("#resultCode-error").text()).contains("ZT-NO-SUCH-RESULT");
		assertThat(form.select("#transfereeName-error").text()).contains("ZT 不存在的单位");
		assertThat(form.select(".admin-error-summary li")).hasSize(3);
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "1,250,000|1250000.00|¥1,250,000.00", "１２３|123.00|¥123.00",
					"1，250，000.5|1250000.50|¥1,250,000.50", "¥ 1 250 000|1250000.00|¥1,250,000.00",
					"￥３，０００|3000.00|¥3,000.00", "CNY 88.8|88.80|¥88.80", "125万|1250000.00|¥1,250,000.00" })
	void anAmountTypedAsPeopleWriteItIsSavedExactlyAndShownAsUnderstood(String typed, String exact, String shown) {
		WebClient organizer = organizer();
		HttpResponse<String> created = organizer.post(BASE + "/new", contract("ZT-C1", typed, conferenceDay()),
				BASE + "/new");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT amount FROM transformation_contracts WHERE contract_no = 'ZT-C1'",
				BigDecimal.class))
			.isEqualByComparingTo(exact);
		assertThat(organizer.page(BASE).select(".admin-flash").text()).contains("金额识别为 " + shown);
		long id = TestRows.id(this.jdbc, "SELECT id FROM transformation_contracts WHERE contract_no = 'ZT-C1'");
		assertThat(organizer.page(BASE + "/" + id + "/edit").select("#amount-note").text()).contains(shown);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "1,25,0|千位分隔符须每三位一个", "1,2500|千位分隔符须每三位一个", "1.2.3|最多只能有一个小数点", "12.345|最多两位小数", "abc|请输入数字" })
	void anAmountThatCouldMeanTwoThingsIsRefusedOnItsFieldSayingWhy(String typed, String reason) {
		Map<String, Long> before = TestRows.counts(this.jdbc);
		HttpResponse<String> response = organizer().post(BASE + "/new", contract("ZT-C2", typed, conferenceDay()),
				BASE + "/new");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select("#amount-error").text()).contains(reason);
		assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void theFormSaysHowAmountsMayBeWritten() {
		Document form = organizer().page(BASE + "/new");
		assertThat(form.select("#amount-hint").text()).contains("1,250,000.00").contains("125万");
	}

	@Test
	void aContractSignedOutsideTheConferenceIsSavedWithAWarningOnItsPages() {
		WebClient organizer = organizer();
		LocalDate before = conferenceDay().minusYears(1);

		HttpResponse<String> created = organizer.post(BASE + "/new", contract("ZT-C3", "1000", before), BASE + "/new");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		Document list = organizer.page(BASE + "?q=ZT-C3");
		assertThat(list.select(".admin-flash-warning").text()).contains("不在大会会期");
		assertThat(list.select("tbody tr .admin-outside-conference").text()).contains("不在会期内");
		long id = TestRows.id(this.jdbc, "SELECT id FROM transformation_contracts WHERE contract_no = 'ZT-C3'");
		assertThat(organizer.page(BASE + "/" + id + "/edit").select("#signedOn-note.field-warning").text())
			.contains("不在大会会期");
	}

	@Test
	void aContractSignedDuringTheConferenceHasNoWarning() {
		WebClient organizer = organizer();
		organizer.post(BASE + "/new", contract("ZT-C4", "1000", conferenceDay()), BASE + "/new");

		Document list = organizer.page(BASE + "?q=ZT-C4");
		assertThat(list.select(".admin-flash")).isNotEmpty();
		assertThat(list.select(".admin-flash-warning, .admin-outside-conference")).isEmpty();
	}

}
