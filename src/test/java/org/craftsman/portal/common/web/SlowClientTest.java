package org.craftsman.portal.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends its request a byte at a time, slower than the read timeouts allow,
 * loses the connection instead of holding a worker of the web server. The timeouts are
 * made short here so the test is quick; production values are in application.yml.
 */
@IntegrationTest
@TestPropertySource(properties = { "server.tomcat.connection-timeout=2s", "portal.web.body-read-timeout=2s",
		"server.tomcat.keep-alive-timeout=2s" })
class SlowClientTest {

	private static final Duration BOUND = Duration.ofSeconds(8);

	@LocalServerPort
	int port;

	@Test
	void slowHeadersLoseTheConnection() throws Exception {
		assertClosedWithinBound("GET /results HTTP/1.1\r\nHost: localhost\r\n", "X-Slow: abcdefghijklmnop");
	}

	@Test
	void aSlowFormBodyLosesTheConnection() throws Exception {
		assertClosedWithinBound(
				"POST /login HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n",
				"username=abcdefghijk");
	}

	@Test
	void aSlowUploadLosesTheConnection() throws Exception {
		assertClosedWithinBound(
				"POST /admin/import HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 1000\r\n\r\n",
				"--xyz\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nresults");
	}

	/**
	 * Sends the start at once, then one byte every 3 seconds (slower than the 2 second
	 * timeouts of this test), and expects the server to close the connection early.
	 */
	private void assertClosedWithinBound(String start, String trickle) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout((int) BOUND.multipliedBy(2).toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(start.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Instant started = Instant.now();
			CompletableFuture<Instant> closed = CompletableFuture.supplyAsync(() -> drain(socket));
			for (byte b : trickle.getBytes(StandardCharsets.US_ASCII)) {
				if (closed.isDone() || Duration.between(started, Instant.now()).compareTo(BOUND.multipliedBy(2)) > 0) {
					break;
				}
				try {
					out.write(b);
					out.flush();
				}
				catch (IOException ex) {
					break;
				}
				Thread.sleep(3_000);
			}
			Instant closedAt = closed.get(BOUND.toSeconds(), TimeUnit.SECONDS);
			assertThat(Duration.between(started, closedAt)).isLessThan(BOUND);
		}
	}

	private static Instant drain(Socket socket) {
		try {
			InputStream in = socket.getInputStream();
			while (in.read() != -1) {
				// Whatever the server answers before it closes.
			}
		}
		catch (SocketException ex) {
			// Closed by the server: a reset is a close too.
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return Instant.now();
	}

}
