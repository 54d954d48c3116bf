package org.craftsman.portal.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.craftsman.portal.admin.TestRows;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state change needs the CSRF token, even from a signed-in organizer; without it
 * the request is refused and nothing changes.
 */
@IntegrationTest
class CsrfTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@TestFactory
	Stream<DynamicTest> everyPostWithoutTokenIsRefused() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		long area = TestRows.id(this.jdbc, "SELECT id FROM exhibition_areas WHERE code = 'A02'");
		Map<String, Long> before = TestRows.counts(this.jdbc);
		// Login and logout are handled by Spring Security's filters, not by controllers.
		Set<String> paths = new TreeSet<>(Set.of("/login", "/logout"));
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				info.getPatternValues().forEach((pattern) -> paths.add(pattern.replace("{id}", String.valueOf(area))));
			}
		});
		assertThat(paths).contains("/admin/areas/" + area + "/delete", "/admin/import", "/logout");
		return Stream.concat(paths.stream().map((path) -> DynamicTest.dynamicTest("POST " + path, () -> {
			HttpResponse<String> response = organizer.postRaw(path,
					Map.of("version", "0", "code", "ZT-CSRF", "name", "ZT"));
			assertThat(response.statusCode()).isEqualTo(403);
		})), Stream.of(DynamicTest.dynamicTest("nothing changed, and the session is still signed in", () -> {
			assertThat(TestRows.counts(this.jdbc)).isEqualTo(before);
			assertThat(organizer.get("/admin").statusCode()).isEqualTo(200);
		})));
	}

	@Test
	void aTokenFromAnotherSessionDoesNotCount() {
		WebClient attacker = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		WebClient victim = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		String foreignToken = attacker.csrfToken("/admin/areas/new");
		HttpResponse<String> response = victim.postRaw("/admin/areas/new", Map.of("_csrf", foreignToken, "code",
				"ZT-CSRF", "name", "ZT", "kind", "OFFLINE", "hall", "h", "floorArea", "0"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM exhibition_areas WHERE code = 'ZT-CSRF'", Long.class))
			.isZero();
	}

}
