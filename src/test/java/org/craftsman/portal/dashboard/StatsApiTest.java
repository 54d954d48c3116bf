package org.craftsman.portal.dashboard;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StatsApiTest {

	static final Map<String, String> TOTALS_SCHEMA = Map.ofEntries(Map.entry("offlineAreas", "integer"),
			Map.entry("onlineAreas", "integer"), Map.entry("floorArea", "decimal string"),
			Map.entry("hotspots", "integer"), Map.entry("results", "integer"), Map.entry("signedResults", "integer"),
			Map.entry("contracts", "integer"), Map.entry("contractAmount", "decimal string"),
			Map.entry("awards", "integer"), Map.entry("visits", "integer"), Map.entry("likes", "integer"),
			Map.entry("liveViews", "integer"), Map.entry("readAt", "timestamp"));

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHeadlineTotalsArePublicJsonWithExactTypes() {
		HttpResponse<String> response = new WebClient(this.port).get("/api/stats",
				Map.of("Accept", "application/json"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		JsonNode totals = JSON.readTree(response.body());
		assertThat(fieldNames(totals)).isEqualTo(TOTALS_SCHEMA.keySet());
		TOTALS_SCHEMA.forEach((field, type) -> {
			JsonNode value = totals.get(field);
			switch (type) {
				case "integer" -> assertThat(value.isIntegralNumber()).as(field + " is an integer").isTrue();
				case "decimal string" -> assertThat(value.isString() && value.asString().matches("\\d+\\.\\d{2}"))
					.as(field + " is an exact decimal string")
					.isTrue();
				default -> assertThat(java.time.Instant.parse(value.asString())).as(field).isNotNull();
			}
		});
		assertThat(totals.get("offlineAreas").asLong()).isEqualTo(77);
		assertThat(totals.get("onlineAreas").asLong()).isEqualTo(8);
		assertThat(totals.get("floorArea").asString()).isEqualTo("10260.00");
		assertThat(totals.get("hotspots").asLong()).isEqualTo(440);
		assertThat(totals.get("signedResults").asLong()).isEqualTo(495);
		assertThat(totals.get("contracts").asLong()).isEqualTo(532);
		assertThat(totals.get("contractAmount").asString()).isEqualTo("100000000.00");
		assertThat(totals.get("awards").asLong()).isEqualTo(52);
		assertThat(totals.get("visits").asLong()).isEqualTo(4_110_000L);
		assertThat(totals.get("likes").asLong()).isEqualTo(30_810_000L);
		assertThat(totals.get("liveViews").asLong()).isEqualTo(5_300_000L);
	}

	@Test
	void amountsStayExactBeyondWhatABinaryFloatHolds() {
		TestRows rows = new TestRows(this.jdbc, 7);
		try {
			long result = rows.addResult();
			long contract = rows.addContract(result);
			// 100,000,000.00 + 987,654,321,098.07 = 987,754,321,098.07: 17 significant
			// digits
			this.jdbc.update("UPDATE transformation_contracts SET amount = 987654321098.07 WHERE id = ?", contract);
			JsonNode totals = JSON.readTree(new WebClient(this.port).get("/api/stats").body());
			assertThat(totals.get("contractAmount").asString()).isEqualTo("987754321098.07");
		}
		finally {
			rows.deleteAll();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "area", "region", "category", "organization" })
	void staffReadBreakdownsThatAddUp(String by) {
		JsonNode breakdown = JSON.readTree(staff().get("/api/stats/breakdown?by=" + by + "&top=5").body());
		assertThat(breakdown.get("by").asString()).isEqualTo(by);
		assertThat(breakdown.get("top").asInt()).isEqualTo(5);
		assertThat(breakdown.get("reconciled").asBoolean()).isTrue();
		List<JsonNode> groups = breakdown.get("groups").valueStream().toList();
		assertThat(groups).hasSizeLessThanOrEqualTo(6);
		long contracts = 0;
		java.math.BigDecimal amount = java.math.BigDecimal.ZERO;
		for (JsonNode group : groups) {
			assertThat(group.get("amount").isString()).isTrue();
			assertThat(group.get("contracts").isIntegralNumber()).isTrue();
			contracts += group.get("contracts").asLong();
			amount = amount.add(new java.math.BigDecimal(group.get("amount").asString()));
		}
		assertThat(contracts).isEqualTo(532).isEqualTo(breakdown.get("total").get("contracts").asLong());
		assertThat(amount).isEqualByComparingTo("100000000.00");
		assertThat(breakdown.get("total").get("results").asLong()).isEqualTo(680);
		assertThat(groups.get(groups.size() - 1).get("others").asBoolean()).isTrue();
	}

	@Test
	void breakdownsByDayAndForAPeriod() {
		JsonNode days = JSON.readTree(staff().get("/api/stats/breakdown?by=day").body());
		assertThat(days.get("by").asString()).isEqualTo("day");
		assertThat(days.get("groups").valueStream().map((g) -> g.get("key").asString()).toList())
			.containsExactly("2022-04-27", "2022-04-28", "2022-04-29");
		assertThat(days.get("total").get("contracts").asLong()).isEqualTo(532);
		JsonNode period = JSON
			.readTree(staff().get("/api/stats/breakdown?by=region&from=2022-04-29&to=2022-04-29").body());
		assertThat(period.get("from").asString()).isEqualTo("2022-04-29");
		assertThat(period.get("total").get("contracts").asLong()).isEqualTo(320);
		assertThat(period.get("total").has("results")).isFalse();
		assertThat(period.get("reconciled").asBoolean()).isTrue();
	}

	@Test
	void hotspotsByMediaKindAndAwardsByAwardAddUp() {
		JsonNode kinds = JSON.readTree(staff().get("/api/stats/breakdown?by=mediaKind").body());
		assertThat(kinds.get("groups").valueStream().map((g) -> g.get("key").asString()).toList())
			.containsExactly("GRAPHIC", "AUDIO", "VIDEO");
		assertThat(kinds.get("groups").valueStream().mapToLong((g) -> g.get("count").asLong()).sum()).isEqualTo(440);
		assertThat(kinds.get("total").get("count").asLong()).isEqualTo(440);
		assertThat(kinds.get("reconciled").asBoolean()).isTrue();
		JsonNode awards = JSON.readTree(staff().get("/api/stats/breakdown?by=award").body());
		assertThat(awards.get("groups").get(0).get("key").asString()).isEqualTo("TECH_ACHIEVEMENT");
		assertThat(awards.get("groups").get(0).get("name").asString()).isEqualTo("技术成果奖");
		assertThat(awards.get("total").get("count").asLong()).isEqualTo(52);
		assertThat(awards.get("reconciled").asBoolean()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "by=colour", "", "by=area&top=0", "by=area&top=101", "by=area&top=ten",
			"by=area&from=2022-04-31", "by=day&from=2022-05-01&to=2022-04-01" })
	void badParametersGiveA400ProblemNeverA500(String query) {
		HttpResponse<String> response = staff().get("/api/stats/breakdown?" + query,
				Map.of("Accept", "application/json"));
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isIn("by", "top", "from", "to");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void theApiIsDescribedByOpenApiAndSwaggerUiIsServedLocally() {
		WebClient anyone = new WebClient(this.port);
		JsonNode docs = JSON.readTree(anyone.get("/v3/api-docs").body());
		assertThat(fieldNames(docs.get("paths"))).containsExactlyInAnyOrder("/api/stats", "/api/stats/breakdown");
		JsonNode totals = docs.get("components").get("schemas").get("Totals").get("properties");
		assertThat(fieldNames(totals)).isEqualTo(TOTALS_SCHEMA.keySet());
		assertThat(totals.get("contractAmount").get("type").asString()).isEqualTo("string");
		assertThat(totals.get("contracts").get("type").asString()).isEqualTo("integer");
		HttpResponse<String> ui = anyone.get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).doesNotContainPattern("(src|href)=\"https?://");
		assertThat(anyone.get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
	}

	private WebClient staff() {
		return new WebClient(this.port).loggedInAs("staff", "demo-staff");
	}

	private static Set<String> fieldNames(JsonNode node) {
		return Set.copyOf(node.propertyNames());
	}

}
