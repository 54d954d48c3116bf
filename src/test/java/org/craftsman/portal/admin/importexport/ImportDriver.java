package org.craftsman.portal.admin.importexport;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.craftsman.portal.admin.Multipart;
import org.craftsman.portal.support.WebClient;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the import pages like an organizer: upload, wait for the check, import, wait.
 */
class ImportDriver {

	private final WebClient organizer;

	private final int port;

	/** The progress figures seen while waiting, for tests of progress reporting. */
	final List<String> progressSeen = new ArrayList<>();

	ImportDriver(int port) {
		this.port = port;
		this.organizer = new WebClient(port).loggedInAs("organizer", "demo-organizer");
	}

	WebClient client() {
		return this.organizer;
	}

	byte[] download(String path) {
		HttpResponse<byte[]> response = Multipart.download(this.organizer, this.port, path);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** Uploads a file and returns the job's address once its check has finished. */
	String check(String kind, String fileName, byte[] content) {
		HttpResponse<String> response = upload(kind, fileName, content);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String job = response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		waitFor(job);
		return job;
	}

	HttpResponse<String> upload(String kind, String fileName, byte[] content) {
		return new Multipart().field("kind", kind)
			.file("file", fileName, "application/octet-stream", content)
			.post(this.organizer, this.port, "/admin/import", "/admin/import");
	}

	/** Imports a checked job and waits until it is done. */
	Document commit(String job) {
		HttpResponse<String> response = this.organizer.post(job + "/commit", java.util.Map.of(), job);
		assertThat(response.statusCode()).isEqualTo(302);
		waitFor(job);
		return page(job);
	}

	Document page(String job) {
		return this.organizer.page(job);
	}

	String status(String job) {
		return this.organizer.get(job + "/progress").body().replaceAll(".*\"status\":\"([A-Z]+)\".*", "$1");
	}

	private void waitFor(String job) {
		long deadline = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < deadline) {
			String progress = this.organizer.get(job + "/progress").body();
			this.progressSeen.add(progress);
			if (!progress.contains("\"status\":\"CHECKING\"") && !progress.contains("\"status\":\"COMMITTING\"")) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("The import " + job + " did not finish");
	}

}
