package org.craftsman.portal.result;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.craftsman.portal.support.WebClient;

/**
 * A script that keeps no cookie jar: it loads one page for a CSRF token and then likes
 * with that same token every time, sending whatever {@code portal-browser} cookie it
 * makes up.
 */
final class CookieForgingClient {

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	CookieForgingClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * Likes as the page's script does, with the given browser cookie (none when null).
	 */
	HttpResponse<String> likeJson(long resultId, String browserCookie) {
		return like(resultId, browserCookie, "application/json");
	}

	/** Likes as a plain form does. */
	HttpResponse<String> likeForm(long resultId, String browserCookie) {
		return like(resultId, browserCookie, "text/html,application/xhtml+xml,*/*;q=0.8");
	}

	static Optional<String> issuedBrowserCookie(HttpResponse<?> response) {
		List<String> headers = response.headers().allValues("Set-Cookie");
		return headers.stream()
			.map((header) -> HttpCookie.parse(header).get(0))
			.filter((cookie) -> cookie.getName().equals("portal-browser"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpResponse<String> like(long resultId, String browserCookie, String accept) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/results/" + resultId + "/like"))
			.header("Accept", accept)
			.header("Accept-Language", "en")
			.header("Origin", this.baseUrl);
		if (browserCookie != null) {
			request.header("Cookie", "portal-browser=" + browserCookie);
		}
		return send(request.POST(HttpRequest.BodyPublishers.noBody()));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return WebClient.sendText(this.http, request.timeout(Duration.ofSeconds(30)).build());
	}

}
