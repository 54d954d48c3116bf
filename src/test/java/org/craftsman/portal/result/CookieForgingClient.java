package org.craftsman.portal.result;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.craftsman.portal.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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

	private final String csrfCookies;

	private final String csrfHeader;

	private final String csrfToken;

	CookieForgingClient(int port) {
		this.baseUrl = "http://localhost:" + port;
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/login")).GET());
		this.csrfCookies = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((header) -> HttpCookie.parse(header).get(0))
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		Document document = Jsoup.parse(page.body());
		this.csrfHeader = document.select("meta[name=_csrf_header]").attr("content");
		this.csrfToken = document.select("meta[name=_csrf]").attr("content");
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
		String cookies = this.csrfCookies + ((browserCookie != null) ? "; portal-browser=" + browserCookie : "");
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/results/" + resultId + "/like"))
			.header("Accept", accept)
			.header("Accept-Language", "en")
			.header("Cookie", cookies)
			.header(this.csrfHeader, this.csrfToken)
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return WebClient.sendText(this.http, request.timeout(Duration.ofSeconds(30)).build());
	}

}
