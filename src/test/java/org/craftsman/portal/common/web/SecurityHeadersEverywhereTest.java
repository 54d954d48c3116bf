package org.craftsman.portal.common.web;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers are on every answer, including those refused before the portal's
 * pages run: by the security firewall, by the upload limit and by the web server itself.
 */
@IntegrationTest
class SecurityHeadersEverywhereTest {

	private static final String HOST = "Host: localhost\r\nAccept: text/html\r\nConnection: close\r\n";

	@LocalServerPort
	int port;

	static Stream<Arguments> refusedRequests() {
		return Stream.of(Arguments.of("a path parameter", "GET /admin;x HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("an encoded dot segment", "GET /%2e%2e/ HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("an encoded slash", "GET /results%2F1 HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("an encoded backslash", "GET /results%5C1 HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("a double slash", "GET //results HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("a bad request line", "GET /a b c HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("a control character in the path", "GET /res\u0001ults HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("an unknown protocol", "GET / HTTP/7.5\r\n" + HOST + "\r\n"),
				Arguments.of("a header too large",
						"GET / HTTP/1.1\r\n" + HOST + "X-Big: " + "a".repeat(140_000) + "\r\n\r\n"),
				Arguments.of("a malformed header", "GET / HTTP/1.1\r\n" + HOST + "Bad Header\r\n\r\n"),
				Arguments.of("a malformed query", "GET /results?q=%ff HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("a NUL in a query", "GET /awards?award=%00 HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("an upload over the limit", "POST /admin/import HTTP/1.1\r\n" + HOST
						+ "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 99999999999\r\n\r\n"),
				Arguments.of("a form over the limit", "POST /login HTTP/1.1\r\n" + HOST
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 99999999999\r\n\r\nusername="),
				Arguments.of("an unknown address", "GET /no-such-page HTTP/1.1\r\n" + HOST + "\r\n"),
				Arguments.of("the error address", "GET /error HTTP/1.1\r\n" + HOST + "\r\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedRequests")
	void aRefusedRequestCarriesTheSecurityHeaders(String what, String request) {
		RawHttp.Answer answer = RawHttp.send(this.port, request.getBytes(StandardCharsets.UTF_8));
		assertThat(answer.status()).as(answer.head()).isBetween(400, 505).isNotEqualTo(500);
		assertThat(answer.header("Content-Security-Policy")).as(answer.head())
			.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(answer.header("X-Content-Type-Options")).as(answer.head()).isEqualTo("nosniff");
		assertThat(answer.header("X-Frame-Options")).as(answer.head()).isEqualTo("DENY");
		assertThat(answer.header("Referrer-Policy")).as(answer.head()).isNotNull();
		assertThat(answer.header("Server")).as(answer.head()).isNull();
		assertThat(answer.body()).doesNotContain("Apache Tomcat").doesNotContain("Exception");
	}

	@Test
	void anOrdinaryPageCarriesEachHeaderOnce() {
		RawHttp.Answer answer = RawHttp.send(this.port, "GET /results HTTP/1.1\r\n" + HOST + "\r\n");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.head().split("(?i)content-security-policy:", -1)).hasSize(2);
		assertThat(answer.head().split("(?i)x-frame-options:", -1)).hasSize(2);
		assertThat(answer.head().split("(?i)x-content-type-options:", -1)).hasSize(2);
	}

}
