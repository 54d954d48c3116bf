package org.craftsman.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP client for tests: real HTTP to the running portal, with its own
 * cookie jar (so one instance is one browser), no automatic redirects, and helpers to log
 * in and to post forms with their CSRF token.
 */
public class WebClient {

	private final String baseUrl;

	private final CookieManager cookies;

	private final HttpClient http;

	private String acceptLanguage = "zh-CN,zh;q=0.9";

	public WebClient(int port) {
		this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
	}

	private WebClient(int port, CookieManager cookies) {
		this.baseUrl = "http://localhost:" + port;
		this.cookies = cookies;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** The same browser (same cookies) talking to another server, e.g. another node. */
	public WebClient onPort(int port) {
		return new WebClient(port, this.cookies).acceptLanguage(this.acceptLanguage);
	}

	public WebClient acceptLanguage(String value) {
		this.acceptLanguage = value;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path).GET();
		headers.forEach(builder::header);
		return send(builder.build());
	}

	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " gave " + response.statusCode());
		}
		return Jsoup.parse(response.body(), this.baseUrl + path);
	}

	/** Posts a form without any CSRF token. */
	public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
		return postRaw(path, fields, Map.of());
	}

	public HttpResponse<String> postRaw(String path, Map<String, String> fields, Map<String, String> headers) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
		headers.forEach(request::header);
		return send(request.POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
	}

	/**
	 * Posts a form as the browser does from a page it has just loaded: with the CSRF
	 * token the page carries, or without one when the page has none (an attendee's like).
	 */
	public HttpResponse<String> post(String path, Map<String, String> fields, String tokenPage) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		String token = pageToken(tokenPage);
		if (token != null) {
			withToken.put("_csrf", token);
		}
		return postRaw(path, withToken);
	}

	public String csrfToken(String pagePath) {
		String token = pageToken(pagePath);
		if (token == null) {
			throw new AssertionError(pagePath + " carries no CSRF token");
		}
		return token;
	}

	/** The token in a page's head (signed-in pages) or in its first form (the login). */
	private String pageToken(String pagePath) {
		Document page = page(pagePath);
		Element meta = page.selectFirst("meta[name=_csrf]");
		if (meta != null) {
			return meta.attr("content");
		}
		Element field = page.selectFirst("form input[name=_csrf]");
		return (field != null) ? field.attr("value") : null;
	}

	public HttpResponse<String> login(String username, String password) {
		return post("/login", Map.of("username", username, "password", password), "/login");
	}

	/** Whether this client talks to the server on a port. */
	public boolean servedBy(int port) {
		return this.baseUrl.endsWith(":" + port);
	}

	public WebClient loggedInAs(String username, String password) {
		HttpResponse<String> response = login(username, password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new AssertionError("Login as " + username + " failed: " + response.statusCode() + " " + location);
		}
		return this;
	}

	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Accept-Language", this.acceptLanguage);
	}

	private HttpResponse<String> send(HttpRequest request) {
		return sendText(this.http, request);
	}

	/**
	 * Sends the request and reads the answer as UTF-8 text; failures become unchecked, so
	 * that a test reads as its steps.
	 */
	public static HttpResponse<String> sendText(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
