package org.craftsman.portal.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.craftsman.portal.support.WebClient;

/**
 * Posts a multipart form (text fields and files) in the session of a {@link WebClient}:
 * its session and CSRF cookies go along, and its page's CSRF token goes into the form.
 */
public final class Multipart {

	private final List<byte[]> parts = new ArrayList<>();

	private final String boundary = "----portal" + UUID.randomUUID();

	public Multipart field(String name, String value) {
		this.parts.add(("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
				+ value + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public Multipart fields(Map<String, String> fields) {
		fields.forEach(this::field);
		return this;
	}

	public Multipart file(String name, String fileName, String contentType, byte[] content) {
		ByteArrayOutputStream part = new ByteArrayOutputStream();
		part.writeBytes(("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		part.writeBytes(content);
		part.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		this.parts.add(part.toByteArray());
		return this;
	}

	/** Posts with the CSRF token of a page the client loads first. */
	public HttpResponse<String> post(WebClient client, int port, String path, String tokenPage) {
		field("_csrf", client.csrfToken(tokenPage));
		return postRaw(client, port, path);
	}

	public HttpResponse<String> postRaw(WebClient client, int port, String path) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		this.parts.forEach(body::writeBytes);
		body.writeBytes(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = request(client, port, path)
			.header("Content-Type", "multipart/form-data; boundary=" + this.boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Downloads a file as bytes in the client's session. */
	public static HttpResponse<byte[]> download(WebClient client, int port, String path) {
		return send(request(client, port, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static HttpRequest.Builder request(WebClient client, int port, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60));
		StringBuilder cookies = new StringBuilder();
		for (String name : List.of("SESSION", "XSRF-TOKEN", "portal-lang")) {
			if (client.cookie(name) != null) {
				cookies.append(cookies.isEmpty() ? "" : "; ").append(name).append('=').append(client.cookie(name));
			}
		}
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.toString());
		}
		return request;
	}

	private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return HttpClient.newHttpClient().send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
