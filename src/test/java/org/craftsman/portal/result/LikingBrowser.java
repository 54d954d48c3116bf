package org.craftsman.portal.result;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.craftsman.portal.support.WebClient;

/**
 * One browser that likes results the way the page's script does: a fetch POST with the
 * CSRF token of a page it loaded in a header, asking for JSON, with its own cookies.
 */
final class LikingBrowser {

	private final String baseUrl;

	private final HttpClient http;

	LikingBrowser(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Loads a page, as a visitor does before liking. */
	LikingBrowser open(String path) {
		get(path);
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
	}

	HttpResponse<String> likeJson(long resultId) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/results/" + resultId + "/like"))
			.header("Accept", "application/json")
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return WebClient.sendText(this.http, request.timeout(Duration.ofSeconds(60)).build());
	}

}
