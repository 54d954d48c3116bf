package org.craftsman.portal.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The media files the online hall accepts, recognised by their first bytes ("magic
 * numbers"), never by the name or the type the browser claims. SVG and HTML are not
 * accepted: they can carry scripts.
 */
enum MediaType {

	PNG("png", MediaKind.GRAPHIC), JPEG("jpg", MediaKind.GRAPHIC), GIF("gif", MediaKind.GRAPHIC),
	WEBP("webp", MediaKind.GRAPHIC), MP3("mp3", MediaKind.AUDIO), WAV("wav", MediaKind.AUDIO),
	OGG("ogg", MediaKind.AUDIO), M4A("m4a", MediaKind.AUDIO), MP4("mp4", MediaKind.VIDEO),
	WEBM("webm", MediaKind.VIDEO);

	/** How many leading bytes recognition needs. */
	static final int HEADER_LENGTH = 16;

	private final String extension;

	private final MediaKind kind;

	MediaType(String extension, MediaKind kind) {
		this.extension = extension;
		this.kind = kind;
	}

	String extension() {
		return this.extension;
	}

	/** Whether a hotspot of a kind may show a file of this type. */
	boolean suits(MediaKind hotspotKind) {
		if (hotspotKind == MediaKind.AUDIO && this == WEBM) {
			return true;
		}
		return this.kind == hotspotKind;
	}

	static Set<MediaType> pictures() {
		return Set.of(PNG, JPEG, GIF, WEBP);
	}

	/**
	 * The type of a file from its first bytes, or null when it is none the hall accepts.
	 */
	static MediaType detect(byte[] header) {
		if (starts(header, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (starts(header, 0, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (ascii(header, 0, "GIF87a") || ascii(header, 0, "GIF89a")) {
			return GIF;
		}
		if (ascii(header, 0, "RIFF") && ascii(header, 8, "WEBP")) {
			return WEBP;
		}
		if (ascii(header, 0, "RIFF") && ascii(header, 8, "WAVE")) {
			return WAV;
		}
		if (ascii(header, 0, "ID3")
				|| (header.length > 1 && (header[0] & 0xFF) == 0xFF && (header[1] & 0xE0) == 0xE0)) {
			return MP3;
		}
		if (ascii(header, 0, "OggS")) {
			return OGG;
		}
		if (ascii(header, 4, "ftyp")) {
			return (ascii(header, 8, "M4A ") || ascii(header, 8, "M4B ")) ? M4A : MP4;
		}
		if (starts(header, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
			return WEBM;
		}
		return null;
	}

	private static boolean ascii(byte[] header, int offset, String text) {
		byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
		return header.length >= offset + expected.length
				&& Arrays.equals(header, offset, offset + expected.length, expected, 0, expected.length);
	}

	private static boolean starts(byte[] header, int offset, int... bytes) {
		if (header.length < offset + bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((header[offset + i] & 0xFF) != bytes[i]) {
				return false;
			}
		}
		return true;
	}

}
