package org.craftsman.portal.common.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response of the portal carries, pages and error pages alike, whoever
 * writes them: the application, the security filters or the web server itself.
 */
public final class SecurityHeaders {

	/**
	 * The policy of every page. Images may also come from {@code blob:} addresses: the
	 * hall's 360° viewer reads a panorama from the portal and shows it through one (the
	 * data itself still comes from {@code connect-src 'self'}). Media may also come from
	 * {@code blob:} addresses: the broadcast pages' HLS player (hls.js) hands the video
	 * element a Media Source through one, fed with segments fetched from the portal.
	 * Scripts stay 'self' only (the player runs without a worker).
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private static final Map<String, String> HEADERS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy",
			"strict-origin-when-cross-origin", "Permissions-Policy", PERMISSIONS_POLICY, "Cross-Origin-Opener-Policy",
			"same-origin");

	private SecurityHeaders() {
	}

	/** Sets the headers a response does not carry yet. */
	public static void applyTo(HttpServletResponse response) {
		HEADERS.forEach((name, value) -> {
			if (!response.containsHeader(name)) {
				response.setHeader(name, value);
			}
		});
	}

}
