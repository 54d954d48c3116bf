package org.craftsman.portal.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccessRulesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anonymousVisitorsAreSentToLoginFromAdminPages() {
		HttpResponse<String> response = new WebClient(this.port).get("/admin/areas");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	@Test
	void anonymousVisitorsAreSentToLoginFromTheDashboard() {
		HttpResponse<String> response = new WebClient(this.port).get("/dashboard");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	@Test
	void staffMayNotOpenAdminPages() {
		WebClient staff = new WebClient(this.port).loggedInAs("staff", "demo-staff");
		HttpResponse<String> response = staff.get("/admin/areas");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("您不能打开此页面");
	}

	@Test
	void organizersPassTheAdminRule() {
		WebClient organizer = new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
		int status = organizer.get("/admin/areas").statusCode();
		assertThat(status).isNotEqualTo(403).isNotEqualTo(302);
	}

	@Test
	void aWrongPasswordIsRefused() {
		HttpResponse<String> response = new WebClient(this.port).login("organizer", "not-the-password");
		assertThat(response.headers().firstValue("Location")).get().asString().contains("/login?error");
	}

	@Test
	void aLoginPostWithoutCsrfTokenIsRefused() {
		HttpResponse<String> response = new WebClient(this.port).postRaw("/login",
				Map.of("username", "organizer", "password", "demo-organizer"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		assertThat(this.jdbc.queryForList("SELECT password_hash FROM portal_users", String.class)).isNotEmpty()
			.allSatisfy((hash) -> assertThat(hash).startsWith("$2a$"));
	}

	@Test
	void healthIsPublic() {
		HttpResponse<String> response = new WebClient(this.port).get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("UP");
	}

}
