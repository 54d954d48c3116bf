package org.craftsman.portal.common.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.craftsman.portal.common.BatchedCounter;
import org.craftsman.portal.common.BatchedCounters;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages to anonymous visitors from {@link PageCache}, before sessions,
 * security and rendering: the page kept for the same address, language and scheme,
 * gzipped when the browser takes it, with its entity tag, and a 304 when the browser has
 * it already. A visitor who carries a session cookie (organizers and staff), asks for
 * another language or comes back from a like without script gets the page rendered for
 * them. Only successful HTML pages without cookies are kept: an error, a redirect or a
 * page that set a cookie never is. A kept page that counts its views ({@link PageViews})
 * still counts each one.
 */
@Component
class PageCacheFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * Browsers revalidate every time (a 304 costs a few bytes): a change shows at once.
	 */
	static final String CACHE_CONTROL = "no-cache";

	/** What the security filters would have said of a page that is not kept. */
	static final String NOT_STORED = "no-cache, no-store, max-age=0, must-revalidate";

	static final String VARY = "Accept-Encoding, Accept-Language, Cookie";

	private static final List<String> PUBLIC_PREFIXES = List.of("/areas", "/results", "/hall", "/contracts", "/awards",
			"/live", "/news", "/speakers");

	/** The addresses of event streams end so. */
	static final String STREAM_SUFFIX = "/stream";

	private static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
			"cache-control", "pragma", "expires", "etag", "last-modified", "vary", "content-encoding");

	private static final String SESSION_COOKIE = "SESSION";

	/** How long a request waits for the same page rendered for another one. */
	private static final Duration RENDER_WAIT = Duration.ofSeconds(5);

	private final Map<String, CompletableFuture<CachedPage>> inFlight = new ConcurrentHashMap<>();

	private final PageCache cache;

	private final LocaleResolver locales;

	private final BatchedCounters counters;

	PageCacheFilter(PageCache cache, LocaleResolver localeResolver, BatchedCounters counters) {
		this.cache = cache;
		this.locales = localeResolver;
		this.counters = counters;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isStaticFile(request)) {
			serveFile(request, response, chain);
			return;
		}
		if (!this.cache.enabled() || !cacheable(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		CachedPage page = this.cache.get(key);
		if (page != null && this.cache.fresh(page)) {
			serve(page, request, response);
			return;
		}
		// One rendering per page at a time. Who asks meanwhile gets the kept copy when
		// there is one (past its time to live), or else waits for the rendering.
		CompletableFuture<CachedPage> mine = new CompletableFuture<>();
		CompletableFuture<CachedPage> earlier = this.inFlight.putIfAbsent(key, mine);
		if (earlier == null) {
			try {
				mine.complete(render(key, request, response, chain));
			}
			finally {
				mine.complete(null);
				this.inFlight.remove(key, mine);
			}
			return;
		}
		CachedPage awaited = (page != null) ? page : await(earlier);
		if (awaited != null) {
			serve(awaited, request, response);
		}
		else {
			render(key, request, response, chain);
		}
	}

	private static CachedPage await(CompletableFuture<CachedPage> rendering) {
		try {
			return rendering.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** Renders the page for this request, and keeps it when it may be kept. */
	private CachedPage render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long generation = this.cache.generation();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		// Set first, so that the security filters leave their "no-store" out.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		chain.doFilter(request, rendering);
		CachedPage rendered = "GET".equals(request.getMethod()) ? keepable(request, rendering) : null;
		if (rendered == null) {
			if (!response.isCommitted()) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, NOT_STORED);
			}
			rendering.copyBodyToResponse();
			return null;
		}
		this.cache.put(key, rendered, generation);
		rendering.resetBuffer();
		send(rendered, request, response);
		return rendered;
	}

	/**
	 * A stylesheet, script or image, as the resource handlers serve it (content-hashed
	 * names, links in stylesheets rewritten): kept after the first time for everyone.
	 */
	private void serveFile(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = (request.isSecure() ? "https " : "http ") + request.getRequestURI();
		CachedPage file = this.cache.file(address);
		if (file != null) {
			send(file, request, response);
			return;
		}
		ContentCachingResponseWrapper serving = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, serving);
		String contentType = serving.getContentType();
		if ("GET".equals(request.getMethod()) && serving.getStatus() == HttpServletResponse.SC_OK && contentType != null
				&& !serving.containsHeader(HttpHeaders.SET_COOKIE) && !serving.isCommitted()) {
			byte[] body = serving.getContentAsByteArray();
			Map<String, List<String>> headers = new LinkedHashMap<>();
			headers.put(HttpHeaders.CONTENT_TYPE, List.of(contentType));
			headers.put(HttpHeaders.VARY, List.of(HttpHeaders.ACCEPT_ENCODING));
			for (String name : List.of(HttpHeaders.CACHE_CONTROL, "Content-Security-Policy", "X-Content-Type-Options",
					"X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy",
					"Strict-Transport-Security")) {
				if (serving.getHeader(name) != null) {
					headers.put(name, List.of(serving.getHeader(name)));
				}
			}
			this.cache.putFile(address,
					new CachedPage(body, gzip(body), etag(body), Instant.now(), headers, List.of()));
		}
		serving.copyBodyToResponse();
	}

	private static boolean isStaticFile(HttpServletRequest request) {
		String method = request.getMethod();
		if ((!"GET".equals(method) && !"HEAD".equals(method)) || request.getQueryString() != null) {
			return false;
		}
		String path = request.getRequestURI();
		return path.equals("/favicon.svg") || STATIC_PREFIXES.stream().anyMatch(path::startsWith);
	}

	private static boolean cacheable(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		String path = request.getRequestURI();
		if (!"/".equals(path) && PUBLIC_PREFIXES.stream().noneMatch((prefix) -> isUnder(path, prefix))) {
			return false;
		}
		if (streaming(request)) {
			return false;
		}
		String query = request.getQueryString();
		if (query != null && (hasParameter(query, "lang") || hasParameter(query, "liked"))) {
			return false;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SESSION_COOKIE.equals(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * A stream of server-sent events (a broadcast's live comments) goes straight through:
	 * buffering it would hold every event back until the stream ends.
	 */
	static boolean streaming(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getRequestURI().endsWith(STREAM_SUFFIX)
				|| (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream"));
	}

	private static boolean isUnder(String path, String prefix) {
		return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
	}

	private static boolean hasParameter(String query, String name) {
		for (String pair : query.split("&")) {
			String parameter = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
			if (parameter.equals(name)) {
				return true;
			}
		}
		return false;
	}

	private String key(HttpServletRequest request) {
		Locale locale = this.locales.resolveLocale(request);
		String query = request.getQueryString();
		return (request.isSecure() ? "https " : "http ") + locale.toLanguageTag() + " " + request.getRequestURI()
				+ ((query != null) ? "?" + query : "");
	}

	private CachedPage keepable(HttpServletRequest request, ContentCachingResponseWrapper rendering)
			throws IOException {
		String contentType = rendering.getContentType();
		if (rendering.getStatus() != HttpServletResponse.SC_OK || contentType == null
				|| !contentType.startsWith("text/html") || rendering.containsHeader(HttpHeaders.SET_COOKIE)
				|| rendering.containsHeader(HttpHeaders.LOCATION) || rendering.isCommitted()) {
			return null;
		}
		byte[] body = rendering.getContentAsByteArray();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : rendering.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, new ArrayList<>(rendering.getHeaders(name)));
			}
		}
		headers.put(HttpHeaders.CONTENT_TYPE, List.of(contentType));
		headers.put(HttpHeaders.CONTENT_LANGUAGE, List.of(rendering.getLocale().toLanguageTag()));
		headers.put(HttpHeaders.CACHE_CONTROL, List.of(CACHE_CONTROL));
		headers.put(HttpHeaders.VARY, List.of(VARY));
		return new CachedPage(body, gzip(body), etag(body), Instant.now(), headers, PageViews.of(request));
	}

	/** Sends a kept page again, counting the view it is. */
	private void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (PageViews.View view : page.counted()) {
			BatchedCounter counter = this.counters.named(view.counter());
			if (counter != null) {
				counter.add(view.id());
			}
		}
		send(page, request, response);
	}

	/**
	 * Sends a kept page or file with the headers it was kept with and its validators: a
	 * 304 when the browser has it already, else its body, gzipped when the browser takes
	 * it.
	 */
	private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		page.headers().forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.stream().skip(1).forEach((value) -> response.addHeader(name, value));
		});
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified(page));
		if (notModified(page, request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		writeBody(page, request, response);
	}

	private static boolean notModified(CachedPage page, HttpServletRequest request) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			for (String tag : ifNoneMatch.split(",")) {
				String candidate = tag.strip();
				if (candidate.equals("*") || candidate.equals(page.etag()) || candidate.equals("W/" + page.etag())) {
					return true;
				}
			}
			return false;
		}
		try {
			long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since >= 0 && lastModified(page) <= since;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** When the page was rendered, to the second, as Last-Modified says it. */
	private static long lastModified(CachedPage page) {
		return page.renderedAt().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
	}

	private static void writeBody(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		byte[] bytes = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.strip().split(";");
			if (parts[0].strip().equalsIgnoreCase("gzip")) {
				return parts.length < 2 || !parts[1].strip().replace(" ", "").matches("q=0(\\.0{0,3})?");
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		return out.toByteArray();
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
