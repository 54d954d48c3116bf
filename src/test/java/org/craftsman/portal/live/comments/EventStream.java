package org.craftsman.portal.live.comments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of a server-sent event stream over real HTTP, as a browser's EventSource reads
 * it: events are parsed as they arrive, each with the moment it arrived.
 */
final class EventStream implements AutoCloseable {

	private final BlockingQueue<Event> arriving = new LinkedBlockingQueue<>();

	private final List<Event> all = new CopyOnWriteArrayList<>();

	private final InputStream body;

	private final int status;

	private volatile boolean opened;

	private final java.util.concurrent.atomic.AtomicInteger heartbeats = new java.util.concurrent.atomic.AtomicInteger();

	private volatile long endedNanos;

	private EventStream(HttpResponse<InputStream> response) {
		this.status = response.statusCode();
		this.body = response.body();
		Thread reader = new Thread(this::read, "test-event-stream");
		reader.setDaemon(true);
		reader.start();
	}

	/** Opens a stream with extra request headers (Last-Event-ID, X-Forwarded-For...). */
	static EventStream open(int port, String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(10));
		headers.forEach(request::header);
		try {
			HttpResponse<InputStream> response = HttpClient.newHttpClient()
				.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
			EventStream stream = new EventStream(response);
			if (stream.status == 200) {
				stream.awaitOpen();
			}
			return stream;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static EventStream open(int port, String path) {
		return open(port, path, Map.of());
	}

	int status() {
		return this.status;
	}

	private void awaitOpen() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!this.opened && System.nanoTime() < deadline) {
			pause(10);
		}
		if (!this.opened) {
			throw new AssertionError("The stream did not open");
		}
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(this.body, StandardCharsets.UTF_8))) {
			String id = null;
			String name = "message";
			StringBuilder data = new StringBuilder();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("retry:")) {
					this.opened = true;
				}
				if (line.equals(":heartbeat")) {
					this.heartbeats.incrementAndGet();
				}
				if (line.isEmpty()) {
					if (data.length() > 0) {
						Event event = new Event(id, name, data.toString(), System.nanoTime());
						this.all.add(event);
						this.arriving.add(event);
					}
					id = null;
					name = "message";
					data.setLength(0);
				}
				else if (line.startsWith("id:")) {
					id = value(line);
				}
				else if (line.startsWith("event:")) {
					name = value(line);
				}
				else if (line.startsWith("data:")) {
					data.append((data.length() > 0) ? "\n" : "").append(value(line));
				}
			}
		}
		catch (IOException ex) {
			// Closed.
		}
		this.endedNanos = System.nanoTime();
	}

	/** How many heartbeats arrived so far. */
	int heartbeats() {
		return this.heartbeats.get();
	}

	/**
	 * When the server ended the stream ({@link System#nanoTime()}), or 0 while it lasts.
	 */
	long endedNanos() {
		return this.endedNanos;
	}

	private static String value(String line) {
		String value = line.substring(line.indexOf(':') + 1);
		return value.startsWith(" ") ? value.substring(1) : value;
	}

	/** The next event that matches, waiting at most so long; null when none came. */
	Event next(Predicate<Event> wanted, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		try {
			for (long left = within.toNanos(); left > 0; left = deadline - System.nanoTime()) {
				Event event = this.arriving.poll(left, TimeUnit.NANOSECONDS);
				if (event != null && wanted.test(event)) {
					return event;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return null;
	}

	/** Every event that arrived so far. */
	List<Event> events() {
		return new ArrayList<>(this.all);
	}

	@Override
	public void close() {
		try {
			this.body.close();
		}
		catch (IOException ex) {
			// Closed already.
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * @param id the event's id, or null
	 * @param name its name
	 * @param data its data
	 * @param arrivedNanos when it arrived ({@link System#nanoTime()})
	 */
	record Event(String id, String name, String data, long arrivedNanos) {

		boolean isComment(long commentId) {
			return "comment".equals(this.name) && String.valueOf(commentId).equals(this.id);
		}

	}

}
