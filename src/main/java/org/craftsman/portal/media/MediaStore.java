package org.craftsman.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.UUID;

import org.craftsman.portal.common.PortalProperties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps uploaded media (of hotspots and results) under the configured media directory,
 * which the portal serves under /media/ (with range requests, so audio and video can
 * seek). A file is accepted only when its content is a picture, sound or video of the
 * right kind and within the size limit; it is stored under a new random name with the
 * extension of its detected type, so that neither its name nor its claimed type matters.
 */
@Component
public class MediaStore {

	static final String UPLOADS = MediaDirectory.UPLOADS;

	static final long MAX_PICTURE_BYTES = 5L * 1024 * 1024;

	static final long MAX_AUDIO_BYTES = 20L * 1024 * 1024;

	static final long MAX_VIDEO_BYTES = 50L * 1024 * 1024;

	static final long MAX_PANORAMA_BYTES = 10L * 1024 * 1024;

	private final Path root;

	MediaStore(PortalProperties properties) {
		this.root = properties.mediaDir().toAbsolutePath().normalize();
	}

	/** Stores the main file of a hotspot of a kind; returns its address. */
	public String storeMedia(MultipartFile file, MediaKind kind) throws RejectedFile {
		return store(file, limitFor(kind), allowed(kind));
	}

	/** Stores a picture (a poster, a result's image); returns its address. */
	public String storePicture(MultipartFile file) throws RejectedFile {
		return storePoster(file);
	}

	/** Stores a poster picture; returns its address. */
	public String storePoster(MultipartFile file) throws RejectedFile {
		return store(file, MAX_PICTURE_BYTES, MediaType.pictures());
	}

	/**
	 * Stores an equirectangular panorama of the real-scene hall: a JPEG or PNG picture up
	 * to 10 MB, twice as wide as it is high (2:1, within 1%), from 1024 to 8192 pixels
	 * wide; returns its address.
	 */
	public String storePanorama(MultipartFile file) throws RejectedFile {
		if (file.getSize() > MAX_PANORAMA_BYTES) {
			throw new RejectedFile("admin.scenes.panoramaTooLarge", MAX_PANORAMA_BYTES / (1024 * 1024));
		}
		int[] size = pictureSize(file);
		if (size[0] < 1024 || size[0] > 8192) {
			throw new RejectedFile("admin.scenes.panoramaWidth", size[0], size[1]);
		}
		if (Math.abs(size[0] - 2.0 * size[1]) > size[0] * 0.01) {
			throw new RejectedFile("admin.scenes.panoramaAspect", size[0], size[1]);
		}
		return store(file, MAX_PANORAMA_BYTES, Set.of(MediaType.JPEG, MediaType.PNG));
	}

	/** Width and height from a JPEG or PNG picture's header, without decoding it. */
	private static int[] pictureSize(MultipartFile file) throws RejectedFile {
		MediaType type;
		try (InputStream in = file.getInputStream()) {
			type = MediaType.detect(in.readNBytes(MediaType.HEADER_LENGTH));
		}
		catch (IOException ex) {
			throw new RejectedFile("admin.hotspots.fileUnreadable");
		}
		if (type != MediaType.JPEG && type != MediaType.PNG) {
			throw new RejectedFile("admin.scenes.panoramaWrongType");
		}
		try (InputStream in = file.getInputStream();
				javax.imageio.stream.ImageInputStream image = javax.imageio.ImageIO.createImageInputStream(in)) {
			java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(image);
			if (!readers.hasNext()) {
				throw new RejectedFile("admin.scenes.panoramaWrongType");
			}
			javax.imageio.ImageReader reader = readers.next();
			try {
				reader.setInput(image, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new RejectedFile("admin.hotspots.fileUnreadable");
		}
	}

	/** Whether an address names a file the portal serves: uploaded or shipped. */
	public boolean exists(String address) {
		if (address == null || !address.startsWith("/media/") || address.contains("..")) {
			return false;
		}
		String name = address.substring("/media/".length());
		Path file = this.root.resolve(name).normalize();
		return (file.startsWith(this.root) && Files.isRegularFile(file))
				|| new ClassPathResource("demo-media/" + name).exists();
	}

	private String store(MultipartFile file, long limit, Set<MediaType> allowed) throws RejectedFile {
		if (file.getSize() > limit) {
			throw new RejectedFile("admin.hotspots.fileTooLarge", limit / (1024 * 1024));
		}
		MediaType type;
		try (InputStream in = file.getInputStream()) {
			type = MediaType.detect(in.readNBytes(MediaType.HEADER_LENGTH));
		}
		catch (IOException ex) {
			throw new RejectedFile("admin.hotspots.fileUnreadable");
		}
		if (type == null || !allowed.contains(type)) {
			throw new RejectedFile("admin.hotspots.fileWrongType");
		}
		String name = UPLOADS + "/" + UUID.randomUUID() + "." + type.extension();
		try {
			Path target = this.root.resolve(name);
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an uploaded file", ex);
		}
		return "/media/" + name;
	}

	private static long limitFor(MediaKind kind) {
		return switch (kind) {
			case GRAPHIC -> MAX_PICTURE_BYTES;
			case AUDIO -> MAX_AUDIO_BYTES;
			case VIDEO -> MAX_VIDEO_BYTES;
		};
	}

	private static Set<MediaType> allowed(MediaKind kind) {
		Set<MediaType> allowed = new java.util.HashSet<>();
		for (MediaType type : MediaType.values()) {
			if (type.suits(kind)) {
				allowed.add(type);
			}
		}
		return allowed;
	}

	/** An upload the hall does not accept, with the label saying why. */
	public static class RejectedFile extends Exception {

		private final String messageKey;

		private final Object[] arguments;

		RejectedFile(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		public String messageKey() {
			return this.messageKey;
		}

		public Object[] arguments() {
			return this.arguments;
		}

	}

}
