package org.craftsman.portal.common.web;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The share button of the public pages: the page's own address (from the configured
 * public address, without the query, so that a search or a scan marker is not passed on)
 * and the QR code of that address.
 */
@Controller
@ControllerAdvice
class ShareLinks {

	/**
	 * The pages that offer the share button, and whose QR codes the share dialog shows.
	 */
	static final List<String> PUBLIC = List.of("/areas", "/results", "/hall", "/contracts", "/awards", "/live");

	private final QrCodes qr;

	ShareLinks(QrCodes qr) {
		this.qr = qr;
	}

	@ModelAttribute("sharePath")
	String sharePath(HttpServletRequest request) {
		return shareable(request) ? request.getRequestURI() : null;
	}

	@ModelAttribute("shareUrl")
	String shareUrl(HttpServletRequest request) {
		return shareable(request) ? this.qr.url(request.getRequestURI()) : null;
	}

	/** The QR code of a public page's address: {@code qr.svg} or {@code qr.png}. */
	@GetMapping("/share/qr.{format}")
	ResponseEntity<byte[]> qrCode(@RequestParam(required = false) String path, @PathVariable String format) {
		if (path == null || !isPublic(path)) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		return this.qr.shareImage(path, format);
	}

	private static boolean shareable(HttpServletRequest request) {
		return request.getDispatcherType() == DispatcherType.REQUEST && "GET".equals(request.getMethod())
				&& isPublic(request.getRequestURI());
	}

	static boolean isPublic(String path) {
		if (!SiteAddresses.isSiteRelative(path) || path.length() > 200) {
			return false;
		}
		return "/".equals(path)
				|| PUBLIC.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"))
						&& !path.contains("/qr.") && !path.endsWith("/poster");
	}

}
