package org.craftsman.portal.common.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte for byte on a socket: what a browser or an HTTP client library
 * would refuse to send.
 */
final class RawHttp {

	private RawHttp() {
	}

	static Answer send(int port, byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(15_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			return Answer.of(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Answer send(int port, String request) {
		return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
	}

	static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				out.write(buffer, 0, read);
				if (completeAnswer(out.toString(StandardCharsets.ISO_8859_1))) {
					break;
				}
			}
		}
		catch (SocketTimeoutException | java.net.SocketException ex) {
			// The answer so far is what the server sent.
		}
		return out.toByteArray();
	}

	private static boolean completeAnswer(String text) {
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		String head = text.substring(0, end).toLowerCase(Locale.ROOT);
		int length = head.indexOf("content-length:");
		if (length >= 0) {
			int lineEnd = head.indexOf("\r\n", length);
			long expected = Long
				.parseLong(head.substring(length + 15, (lineEnd < 0) ? head.length() : lineEnd).strip());
			return text.length() - end - 4 >= expected;
		}
		return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
	}

	record Answer(int status, String head, String body) {

		static Answer of(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = (end < 0) ? text : text.substring(0, end);
			String[] statusLine = head.split("\r\n", 2)[0].split(" ");
			int status = (statusLine.length > 1) ? Integer.parseInt(statusLine[1]) : -1;
			return new Answer(status, head, (end < 0) ? "" : text.substring(end + 4));
		}

		String header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
					return line.substring(colon + 1).strip();
				}
			}
			return null;
		}

	}

}
