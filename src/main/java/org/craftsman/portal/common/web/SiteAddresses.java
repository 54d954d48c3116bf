package org.craftsman.portal.common.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Which addresses a page may link to or play. Browsers read "//host/x" and "/\host/x" as
 * addresses on another host, so an address on the portal itself starts with exactly one
 * slash followed by neither a slash nor a backslash nor a blank (browsers drop tabs and
 * line breaks from an address, so "/&lt;tab&gt;/host" reads as "//host"), and holds no
 * backslash at all (typed or percent-encoded), no blank, quote or angle bracket and no
 * control character. An address on another site is a plain https address.
 */
public final class SiteAddresses {

	private static final Pattern SITE_RELATIVE = Pattern.compile("/|/[^/\\\\\\s][^\\\\\\s<>\"']*");

	private static final Pattern DECODED_SITE_RELATIVE = Pattern.compile("/|/[^/\\\\\\s].*", Pattern.DOTALL);

	private static final Pattern EXTERNAL = Pattern
		.compile("https://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][^\\\\\\s<>\"']*)?");

	private SiteAddresses() {
	}

	/** Whether the address is on the portal itself, and read so by every browser. */
	public static boolean isSiteRelative(String address) {
		return address != null && isClean(address) && SITE_RELATIVE.matcher(address).matches()
				&& DECODED_SITE_RELATIVE.matcher(decoded(address)).matches();
	}

	/** Whether the address is a plain https address on another site. */
	public static boolean isExternal(String address) {
		return address != null && isClean(address) && EXTERNAL.matcher(address).matches();
	}

	private static boolean isClean(String address) {
		String decoded = decoded(address);
		return !UnsafeText.containsUnsafe(address) && !UnsafeText.containsUnsafe(decoded) && !decoded.contains("\\");
	}

	private static String decoded(String address) {
		try {
			return URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A broken percent escape: read as unsafe.
			return "\\";
		}
	}

}
