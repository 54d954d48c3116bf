package org.craftsman.portal.common.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.craftsman.portal.common.PublicSite;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * QR codes of the portal's own pages (ZXing), as SVG for pages and posters and as PNG for
 * anything else. The address in a code is built from the configured public address
 * ({@link PublicSite}), never from the request's Host header, which anyone can set; a
 * code on a booth or a label carries the scan marker ({@link Scans}) so that its visits
 * are counted apart. Templates reach it as {@code @qr}.
 */
@Component("qr")
public class QrCodes {

	/** Pixels per module of a PNG: a 37-module code prints 296 pixels wide. */
	static final int PNG_MODULE = 8;

	private static final Duration MAX_AGE = Duration.ofHours(1);

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
			EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);

	private final PublicSite site;

	QrCodes(PublicSite site) {
		this.site = site;
	}

	/** The absolute address of a page of the portal. */
	public String url(String path) {
		return this.site.baseUrl() + sitePath(path);
	}

	/** The absolute address of a page of the portal as its QR code carries it. */
	public String scanUrl(String path) {
		return url(path) + "?" + Scans.PARAMETER + "=" + Scans.QR;
	}

	/** The inline SVG of a page's scan code, labelled for screen readers. */
	public String scanSvg(String path, String label) {
		return svg(scanUrl(path), label);
	}

	/** The inline SVG of a page's plain address (for sharing). */
	public String shareSvg(String path, String label) {
		return svg(url(path), label);
	}

	/**
	 * A page's scan code as an image response: {@code svg} or {@code png}, any other
	 * format is not found.
	 */
	public ResponseEntity<byte[]> scanImage(String path, String format) {
		return image(scanUrl(path), format);
	}

	/** A page's plain address as an image response. */
	public ResponseEntity<byte[]> shareImage(String path, String format) {
		return image(url(path), format);
	}

	private ResponseEntity<byte[]> image(String text, String format) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic());
		return switch (format) {
			case "svg" -> ok.contentType(MediaType.valueOf("image/svg+xml"))
				.body(svg(text, null).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			case "png" -> ok.contentType(MediaType.IMAGE_PNG).body(png(text));
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	/** An SVG drawing of the code of a text: one path, a square per dark module. */
	String svg(String text, String label) {
		BitMatrix matrix = encode(text);
		int size = matrix.getWidth();
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(size)
			.append(' ')
			.append(size)
			.append("\" shape-rendering=\"crispEdges\" class=\"qr-code\"");
		if (label != null) {
			svg.append(" role=\"img\" aria-label=\"").append(HtmlUtils.htmlEscape(label)).append('"');
		}
		svg.append("><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
		for (int y = 0; y < size; y++) {
			int x = 0;
			while (x < size) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && matrix.get(x, y)) {
					x++;
				}
				svg.append('M')
					.append(start)
					.append(' ')
					.append(y)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return svg.append("\"/></svg>").toString();
	}

	byte[] png(String text) {
		BitMatrix matrix = encode(text);
		int size = matrix.getWidth() * PNG_MODULE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, matrix.get(x / PNG_MODULE, y / PNG_MODULE) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static BitMatrix encode(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("No QR code holds " + text.length() + " characters", ex);
		}
	}

	private static String sitePath(String path) {
		if (!SiteAddresses.isSiteRelative(path) || path.length() > 300) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return path;
	}

}
