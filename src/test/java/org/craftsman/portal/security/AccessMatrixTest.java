package org.craftsman.portal.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin and dashboard address the application maps, with every method it answers,
 * tried by an anonymous visitor, a staff member and an organizer. The list comes from the
 * application itself, so a page added later is covered without touching this test.
 */
@IntegrationTest
class AccessMatrixTest {

	/** Addresses checked even when no controller maps them (yet). */
	private static final List<String> ALWAYS = List.of("GET /admin", "GET /admin/not-a-page", "POST /admin/not-a-page",
			"GET /dashboard", "GET /dashboard/not-a-page", "GET /api/stats/breakdown/regions");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@TestFactory
	Stream<DynamicTest> everyProtectedAddressAnswersEachRoleAsItShould() {
		WebClient anonymous = new WebClient(this.port);
		WebClient staff = new WebClient(this.port).loggedInAs("staff", "demo-staff");
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		Map<String, Long> before = TestRows.counts(this.jdbc);
		List<DynamicTest> tests = new ArrayList<>();
		Set<String> endpoints = endpoints();
		assertThat(endpoints).hasSizeGreaterThan(60);
		for (String endpoint : endpoints) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = endpoint.substring(endpoint.indexOf(' ') + 1);
			boolean admin = path.startsWith("/admin");
			tests.add(DynamicTest.dynamicTest("anonymous " + endpoint,
					() -> assertSentToLogin(send(anonymous, method, path))));
			tests.add(DynamicTest.dynamicTest("staff " + endpoint, () -> {
				HttpResponse<String> response = send(staff, method, path);
				if (admin) {
					assertThat(response.statusCode()).as(endpoint).isEqualTo(403);
				}
				else {
					assertAllowed(response, endpoint);
				}
			}));
			tests.add(DynamicTest.dynamicTest("organizer " + endpoint,
					() -> assertAllowed(send(organizer, method, path), endpoint)));
		}
		tests.add(DynamicTest.dynamicTest("nothing was changed by any of these requests",
				() -> assertThat(TestRows.counts(this.jdbc)).isEqualTo(before)));
		return tests.stream();
	}

	/** Every mapped admin and dashboard address, with its path variables filled in. */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>(ALWAYS);
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/admin") || pattern.startsWith("/dashboard")
						|| pattern.startsWith("/api/stats/breakdown")) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						endpoints.add(method.name() + " " + fill(pattern));
					}
				}
			}
		});
		return endpoints;
	}

	private static String fill(String pattern) {
		return pattern.replace("{kind}", "results")
			.replace("{format}", "csv")
			.replaceAll("\\{[^}]*\\}", "999999999")
			.replace("/**", "/x");
	}

	private HttpResponse<String> send(WebClient client, String method, String path) {
		if ("GET".equals(method)) {
			return client.get(path);
		}
		return client.post(path, Map.of(), "/login");
	}

	private static void assertSentToLogin(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	private static void assertAllowed(HttpResponse<String> response, String endpoint) {
		assertThat(response.statusCode()).as(endpoint).isNotIn(401, 403, 500);
		assertThat(response.headers().firstValue("Location").orElse("")).as(endpoint).doesNotEndWith("/login");
	}

}
