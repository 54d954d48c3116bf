package org.craftsman.portal.hall;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.craftsman.portal.common.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The panoramas the portal paints itself (the demo hall's): a scene whose panorama or
 * preview is a generated address ({@code /media/generated/hall-<code>.jpg}) gets its
 * image painted from the scene (its zone's colour and name, its doors, its hotspots'
 * places) into the media folder when the file is missing. Sized for phones: 2560 × 1280
 * pixels, and a 512 × 256 preview shown while it loads.
 */
@Component
public class ScenePanoramas {

	static final int WIDTH = 2560;

	static final int PREVIEW_WIDTH = 512;

	private static final Pattern GENERATED = Pattern.compile("/media/generated/hall-[a-z0-9-]+(-preview)?\\.jpg");

	private static final Logger log = LoggerFactory.getLogger(ScenePanoramas.class);

	private final JdbcClient jdbc;

	private final SceneQueries scenes;

	private final Path root;

	ScenePanoramas(JdbcClient jdbc, SceneQueries scenes, PortalProperties properties) {
		this.jdbc = jdbc;
		this.scenes = scenes;
		this.root = properties.mediaDir().toAbsolutePath().normalize();
	}

	/** Paints the missing panoramas in the background once the portal serves requests. */
	@EventListener(ApplicationReadyEvent.class)
	void paintMissingInTheBackground() {
		Thread painter = new Thread(this::paintMissing, "hall-panoramas");
		painter.setDaemon(true);
		painter.setPriority(Thread.MIN_PRIORITY);
		painter.start();
	}

	void paintMissing() {
		long started = System.nanoTime();
		int painted = 0;
		try {
			for (SceneCard scene : this.scenes.all()) {
				if (ensurePainted(scene)) {
					painted++;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not paint the hall's panoramas; each is painted when first asked for", ex);
		}
		if (painted > 0) {
			log.info("Painted {} hall panoramas in {} ms", painted, (System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * The file of a generated panorama or preview, painted first when it is missing;
	 * empty when no scene uses that address.
	 */
	Optional<Path> file(String name) {
		String address = "/media/generated/" + name;
		if (!GENERATED.matcher(address).matches()) {
			return Optional.empty();
		}
		Optional<SceneCard> scene = this.scenes.all()
			.stream()
			.filter((candidate) -> address.equals(candidate.panoramaRef()) || address.equals(candidate.previewRef()))
			.findFirst();
		scene.ifPresent(this::ensurePainted);
		return scene.map((found) -> generatedFile(address)).filter(Files::isRegularFile);
	}

	private boolean ensurePainted(SceneCard scene) {
		Path panorama = generatedFile(scene.panoramaRef());
		Path preview = generatedFile(scene.previewRef());
		if (isMissing(panorama) || isMissing(preview)) {
			synchronized (this) {
				if (isMissing(panorama) || isMissing(preview)) {
					paint(scene, zoneColours(), panorama, preview);
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isMissing(Path file) {
		return file != null && !Files.isRegularFile(file);
	}

	/** Paints one scene's panorama (and preview) into these files; null skips one. */
	void paint(SceneCard scene, Map<Long, Color> colours, Path panorama, Path preview) {
		List<PanoramaPainter.Door> doors = this.scenes.doors(scene.id())
			.stream()
			.map((door) -> new PanoramaPainter.Door(door.yaw(), door.title(), door.titleEn(),
					colourOfScene(door.targetId(), colours)))
			.toList();
		List<PanoramaPainter.Spot> spots = this.scenes.hotspots(scene.id())
			.stream()
			.map((spot) -> new PanoramaPainter.Spot(spot.yaw(), spot.pitch()))
			.toList();
		String hallName = this.jdbc.sql("SELECT name || ' · 线上展厅' FROM conference ORDER BY id LIMIT 1")
			.query(String.class)
			.optional()
			.orElse("线上展厅 · Online exhibition hall");
		String title = (scene.areaName() != null) ? scene.areaName() : scene.title();
		String titleEn = (scene.areaNameEn() != null) ? scene.areaNameEn() : scene.titleEn();
		PanoramaPainter.Sketch sketch = new PanoramaPainter.Sketch(title, titleEn, hallName,
				colours.getOrDefault(scene.areaId(), PanoramaPainter.zoneColour(0)), scene.areaId() == null, doors,
				spots);
		BufferedImage image = PanoramaPainter.paint(sketch, WIDTH);
		if (panorama != null) {
			writeJpeg(image, panorama, 0.8f);
		}
		if (preview != null) {
			writeJpeg(PanoramaPainter.preview(image, PREVIEW_WIDTH), preview, 0.7f);
		}
	}

	private Color colourOfScene(long sceneId, Map<Long, Color> colours) {
		return this.scenes.find(sceneId)
			.map((target) -> colours.getOrDefault(target.areaId(), PanoramaPainter.zoneColour(0)))
			.orElse(PanoramaPainter.zoneColour(0));
	}

	/** Each online zone's colour, by its place among the zones. */
	private Map<Long, Color> zoneColours() {
		Map<Long, Color> colours = new HashMap<>();
		List<Long> zones = this.jdbc
			.sql("SELECT id FROM exhibition_areas WHERE kind = 'ONLINE' ORDER BY display_order, id")
			.query(Long.class)
			.list();
		for (int i = 0; i < zones.size(); i++) {
			colours.put(zones.get(i), PanoramaPainter.zoneColour(i + 1));
		}
		return colours;
	}

	/**
	 * Writes the light preview of an uploaded panorama beside it ({@code …-preview.jpg},
	 * 512 × 256) and returns its address; empty when the panorama cannot be read. The
	 * picture is read subsampled to about twice the preview's width, so that even an
	 * 8192-pixel upload never lies in memory at full size.
	 */
	public Optional<String> writePreview(String panoramaRef) {
		if (panoramaRef == null || !panoramaRef.startsWith("/media/") || panoramaRef.contains("..")) {
			return Optional.empty();
		}
		Path panorama = this.root.resolve(panoramaRef.substring("/media/".length())).normalize();
		if (!panorama.startsWith(this.root) || !Files.isRegularFile(panorama)) {
			return Optional.empty();
		}
		String name = panorama.getFileName().toString().replaceFirst("\\.[a-z]+$", "") + "-preview.jpg";
		try (ImageInputStream in = ImageIO.createImageInputStream(panorama.toFile())) {
			java.util.Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in)
					: java.util.Collections.emptyIterator();
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int step = Math.max(1, reader.getWidth(0) / (PREVIEW_WIDTH * 2));
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage read = reader.read(0, param);
				BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
				rgb.createGraphics().drawImage(read, 0, 0, null);
				writeJpeg(PanoramaPainter.preview(rgb, PREVIEW_WIDTH), panorama.resolveSibling(name), 0.7f);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not make the preview of {}", panoramaRef, ex);
			return Optional.empty();
		}
		String folder = panoramaRef.substring(0, panoramaRef.lastIndexOf('/') + 1);
		return Optional.of(folder + name);
	}

	private Path generatedFile(String address) {
		if (address == null || !GENERATED.matcher(address).matches()) {
			return null;
		}
		return this.root.resolve(address.substring("/media/".length()));
	}

	private static void writeJpeg(BufferedImage image, Path target, float quality) {
		try {
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), "panorama-", ".part");
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			try (ImageOutputStream out = ImageIO.createImageOutputStream(partial.toFile())) {
				ImageWriteParam param = writer.getDefaultWriteParam();
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(quality);
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
				writer.setOutput(out);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			finally {
				writer.dispose();
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the panorama " + target, ex);
		}
	}

}
