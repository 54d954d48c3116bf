package org.craftsman.portal.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * HTTP over a plain socket, for requests a regular client refuses to send: a forged
 * {@code Host}, proxy headers, hand-made cookies. Speaks HTTP/1.0 so that the body comes
 * back whole, without chunks.
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	Response get(String path, Map<String, String> headers) {
		return send("GET", path, headers, "");
	}

	Response postForm(String path, Map<String, String> headers, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send("POST", path, headers, body);
	}

	private Response send(String method, String path, Map<String, String> headers, String body) {
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (!method.equals("GET")) {
			head.append("Content-Type: application/x-www-form-urlencoded\r\n");
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		head.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	record Response(int status, List<String> headerLines, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, (end < 0) ? raw.length() : end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
			return new Response(status, headers, (end < 0) ? "" : raw.substring(end + 4));
		}

		List<String> headers(String name) {
			String prefix = name.toLowerCase() + ":";
			return this.headerLines.stream()
				.filter((line) -> line.toLowerCase().startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.toList();
		}

		Optional<String> header(String name) {
			return headers(name).stream().findFirst();
		}

		/** The value a {@code Set-Cookie} of this response gives the named cookie. */
		Optional<String> cookie(String name) {
			return headers("Set-Cookie").stream()
				.filter((cookie) -> cookie.startsWith(name + "="))
				.map((cookie) -> cookie.substring(name.length() + 1).split(";", 2)[0])
				.findFirst();
		}

	}

}
