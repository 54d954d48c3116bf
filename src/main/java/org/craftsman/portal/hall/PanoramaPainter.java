package org.craftsman.portal.hall;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Paints the interior of an exhibition hall as an equirectangular panorama: a round hall
 * (a cylinder seen from its centre at eye height) with a polished tiled floor, a coffered
 * ceiling with rings of lights, booths in the zone's colour wherever hotspots stand (each
 * hotspot on a lit display of its booth, the booth's carpet on the floor before it),
 * doors lit from the scene they lead to, and a frieze of banners. The same sketch always
 * gives the same pixels.
 */
public final class PanoramaPainter {

	/** Distance from the eye to the wall, metres. */
	static final double RADIUS = 7.0;

	/** Height of the eye above the floor, metres. */
	static final double EYE = 1.6;

	/** Height of the wall, metres. */
	static final double WALL = 5.2;

	private static final String CJK_FONT = "Noto Sans CJK SC";

	private PanoramaPainter() {
	}

	/**
	 * What a panorama shows.
	 *
	 * @param title the scene's title (Chinese)
	 * @param titleEn the scene's title (English)
	 * @param hallName the name shown on the frieze
	 * @param accent the zone's colour
	 * @param lobby whether it is the hall's lobby (doors all round, no booths)
	 * @param doors the doors of the scene
	 * @param spots where hotspots stand
	 */
	public record Sketch(String title, String titleEn, String hallName, Color accent, boolean lobby, List<Door> doors,
			List<Spot> spots) {

	}

	/**
	 * A door: where it stands and the scene it leads to.
	 *
	 * @param yaw degrees, -180..180, 0 the panorama's centre, growing to the right
	 * @param title the scene it leads to (Chinese)
	 * @param titleEn the scene it leads to (English)
	 * @param colour the colour of that scene's zone
	 */
	public record Door(double yaw, String title, String titleEn, Color colour) {

	}

	/**
	 * Where a hotspot stands.
	 *
	 * @param yaw degrees, -180..180
	 * @param pitch degrees, -90..90
	 */
	public record Spot(double yaw, double pitch) {

	}

	/**
	 * A zone colour for the n-th zone, from a palette that suits the hall's red and gold.
	 */
	public static Color zoneColour(int index) {
		Color[] palette = { new Color(0x9E1B1B), new Color(0x1F5F8B), new Color(0x2E7D4F), new Color(0x7A4A9E),
				new Color(0xB5651D), new Color(0x00796B), new Color(0x5D4037), new Color(0xC2185B) };
		return palette[Math.floorMod(index, palette.length)];
	}

	/** Paints the panorama, {@code width} pixels wide and half as high. */
	public static BufferedImage paint(Sketch sketch, int width) {
		int height = width / 2;
		BufferedImage wallImage = wallTexture(sketch, width * 2);
		Texture wall = new Texture(((DataBufferInt) wallImage.getRaster().getDataBuffer()).getData(),
				wallImage.getWidth(), wallImage.getHeight());
		List<double[]> booths = booths(sketch.spots());
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		int[] pixels = new int[width * height];
		IntStream.range(0, height).parallel().forEach((y) -> {
			double pitch = Math.toRadians(90 - (y + 0.5) * 180.0 / height);
			double pixelAngle = Math.PI / height;
			for (int x = 0; x < width; x++) {
				double yaw = (x + 0.5) * 360.0 / width - 180;
				pixels[y * width + x] = shade(sketch, wall, booths, yaw, pitch, pixelAngle);
			}
		});
		out.setRGB(0, 0, width, height, pixels, 0, width);
		return out;
	}

	/** A small copy of a panorama, for the light preview shown first. */
	public static BufferedImage preview(BufferedImage panorama, int width) {
		int height = width / 2;
		BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		// In steps, so that the floor's lines do not shimmer.
		BufferedImage current = panorama;
		while (current.getWidth() / 2 > width) {
			BufferedImage half = new BufferedImage(current.getWidth() / 2, current.getHeight() / 2,
					BufferedImage.TYPE_INT_RGB);
			Graphics2D h = half.createGraphics();
			h.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			h.drawImage(current, 0, 0, half.getWidth(), half.getHeight(), null);
			h.dispose();
			current = half;
		}
		g.drawImage(current, 0, 0, width, height, null);
		g.dispose();
		return small;
	}

	/** The wall's pixels, read directly. */
	private record Texture(int[] pixels, int width, int height) {

		int rgb(int x, int y) {
			return this.pixels[y * this.width + x];
		}

	}

	private static int shade(Sketch sketch, Texture wall, List<double[]> booths, double yawDegrees, double pitch,
			double pixelAngle) {
		double height = EYE + RADIUS * Math.tan(pitch);
		if (height >= 0 && height <= WALL) {
			return sampleWall(wall, yawDegrees, height);
		}
		if (height < 0) {
			double distance = EYE / Math.tan(-pitch);
			return floor(sketch, booths, yawDegrees, distance, pixelAngle * distance / Math.sin(-pitch));
		}
		double distance = (WALL - EYE) / Math.tan(pitch);
		return ceiling(sketch, yawDegrees, distance, pixelAngle * distance / Math.sin(pitch));
	}

	private static int sampleWall(Texture wall, double yawDegrees, double height) {
		int w = wall.width();
		int h = wall.height();
		double u = (yawDegrees + 180) / 360 * w - 1;
		double v = (WALL - height) / WALL * h - 1;
		int x = (int) Math.floor(u);
		int y = Math.max(0, Math.min(h - 2, (int) Math.floor(v)));
		int r = 0;
		int g = 0;
		int b = 0;
		for (int dy = 0; dy < 2; dy++) {
			for (int dx = 0; dx < 2; dx++) {
				int rgb = wall.rgb(Math.floorMod(x + dx, w), y + dy);
				r += (rgb >> 16) & 0xFF;
				g += (rgb >> 8) & 0xFF;
				b += rgb & 0xFF;
			}
		}
		return rgb(r / 4.0, g / 4.0, b / 4.0);
	}

	private static int floor(Sketch sketch, List<double[]> booths, double yawDegrees, double distance,
			double footprint) {
		double yaw = Math.toRadians(yawDegrees);
		double px = distance * Math.sin(yaw);
		double pz = distance * Math.cos(yaw);
		// Polished stone, warmer near the middle where the light falls.
		double light = 0.78 + 0.2 * Math.exp(-distance * distance / 18);
		double r = 222 * light;
		double g = 214 * light;
		double b = 202 * light;
		boolean carpet = false;
		for (double[] booth : booths) {
			if (distance > RADIUS - 1.7 && angleBetween(yawDegrees, booth[0], booth[1])) {
				carpet = true;
			}
		}
		Color doorLight = null;
		for (Door door : sketch.doors()) {
			if (distance > RADIUS - 2.4 && Math.abs(angle(yawDegrees - door.yaw())) < 6.5) {
				doorLight = door.colour();
			}
		}
		if (carpet) {
			Color c = sketch.accent();
			double weave = 0.92 + 0.08 * Math.sin(px * 40) * Math.sin(pz * 40);
			double fade = Math.min(1, footprint * 10);
			weave = weave * (1 - fade) + 0.92 * fade;
			return rgb(c.getRed() * 0.8 * weave, c.getGreen() * 0.8 * weave, c.getBlue() * 0.8 * weave);
		}
		if (sketch.lobby() && distance < 2.2) {
			// The lobby's round rug with a gold ring.
			double ring = Math.abs(distance - 1.8);
			if (ring < 0.12) {
				return rgb(201, 150, 43);
			}
			return rgb(158 * 0.9, 27 * 0.9 + 10, 27 * 0.9 + 10);
		}
		// Tile joints every 1.2 m, thinner with distance so that they never shimmer.
		double joint = Math.max(0.012, footprint);
		double lineX = Math.abs(px / 1.2 - Math.rint(px / 1.2)) * 1.2;
		double lineZ = Math.abs(pz / 1.2 - Math.rint(pz / 1.2)) * 1.2;
		double strength = Math.min(1, 0.012 / joint);
		double line = Math.max(smooth(joint, lineX), smooth(joint, lineZ)) * strength;
		double vein = 0.97 + 0.03 * Math.sin(px * 3.1 + Math.sin(pz * 2.3) * 2);
		double reflection = 1 + 0.12 * Math.max(0, 1 - Math.abs(distance - RADIUS + 1) / 2.5);
		r = r * vein * reflection * (1 - 0.18 * line);
		g = g * vein * reflection * (1 - 0.18 * line);
		b = b * vein * reflection * (1 - 0.18 * line);
		if (doorLight != null) {
			// The light of the next room spills onto the floor before a door.
			r = r * 0.7 + (doorLight.getRed() * 0.4 + 150) * 0.3;
			g = g * 0.7 + (doorLight.getGreen() * 0.4 + 150) * 0.3;
			b = b * 0.7 + (doorLight.getBlue() * 0.4 + 150) * 0.3;
		}
		return rgb(r, g, b);
	}

	private static int ceiling(Sketch sketch, double yawDegrees, double distance, double footprint) {
		double base = 246;
		// Rings of lights and coffers.
		double ringLight = Math.abs(distance - 4.6);
		if (ringLight < 0.22) {
			return rgb(255, 250, 236);
		}
		if (distance < 1.3) {
			double glow = 1 - distance / 1.3;
			return rgb(235 + 20 * glow, 228 + 22 * glow, 210 + 30 * glow);
		}
		double spoke = Math.abs(angle(yawDegrees) % 22.5);
		spoke = Math.min(spoke, 22.5 - spoke) * Math.PI / 180 * distance;
		double beam = smooth(Math.max(0.05, footprint), Math.max(0, spoke - 0.12));
		double shade = 0.86 - 0.1 * Math.min(1, distance / RADIUS);
		Color a = sketch.accent();
		double r = base * shade * (1 - beam) + (a.getRed() * 0.5 + 110) * beam;
		double g = (base - 6) * shade * (1 - beam) + (a.getGreen() * 0.5 + 100) * beam;
		double b = (base - 16) * shade * (1 - beam) + (a.getBlue() * 0.5 + 90) * beam;
		return rgb(r, g, b);
	}

	/** How close a value is to zero, as 1 (on the line) down to 0 (a width away). */
	private static double smooth(double width, double value) {
		double t = Math.max(0, 1 - value / width);
		return t * t * (3 - 2 * t);
	}

	private static double angle(double degrees) {
		return ((degrees + 540) % 360) - 180;
	}

	private static boolean angleBetween(double yaw, double from, double to) {
		return angle(yaw - from) >= 0 && angle(to - yaw) >= 0;
	}

	private static int rgb(double r, double g, double b) {
		return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
	}

	private static int clamp(double value) {
		return (int) Math.max(0, Math.min(255, Math.round(value)));
	}

	/** The booths: hotspots close together in yaw share one, as [from, to] in degrees. */
	static List<double[]> booths(List<Spot> spots) {
		List<Spot> sorted = new ArrayList<>(spots);
		sorted.sort(Comparator.comparingDouble(Spot::yaw));
		List<double[]> booths = new ArrayList<>();
		double[] current = null;
		for (Spot spot : sorted) {
			if (current != null && spot.yaw() - current[1] < 15) {
				current[1] = Math.max(current[1], spot.yaw() + 7);
			}
			else {
				current = new double[] { spot.yaw() - 7, spot.yaw() + 7 };
				booths.add(current);
			}
			current[0] = Math.min(current[0], spot.yaw() - 7);
		}
		for (double[] booth : booths) {
			booth[1] = booth[1] + 3;
			booth[0] = booth[0] - 3;
		}
		return booths;
	}

	// The wall, unrolled: x is the yaw (-180 at the left), y the height (the top at 0).
	private static BufferedImage wallTexture(Sketch sketch, int width) {
		int height = (int) Math.round(width * WALL / (2 * Math.PI * RADIUS));
		BufferedImage wall = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = wall.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		Wall w = new Wall(g, width, height);
		w.background(sketch);
		w.frieze(sketch);
		for (double[] booth : booths(sketch.spots())) {
			w.booth(sketch, booth[0], booth[1]);
		}
		for (Spot spot : sketch.spots()) {
			w.display(spot);
		}
		if (sketch.lobby()) {
			w.posters(sketch);
		}
		w.banners(sketch);
		for (Door door : sketch.doors()) {
			w.door(door);
		}
		g.dispose();
		return wall;
	}

	/** Drawing on the unrolled wall in metres of height and degrees of yaw. */
	private record Wall(Graphics2D g, int width, int height) {

		double x(double yaw) {
			return (yaw + 180) / 360 * this.width;
		}

		double y(double metres) {
			return (WALL - metres) / WALL * this.height;
		}

		double pxPerMetre() {
			return this.height / WALL;
		}

		double pxPerDegree() {
			return this.width / 360.0;
		}

		void background(Sketch sketch) {
			this.g.setPaint(new GradientPaint(0, 0, new Color(0xEDE6DC), 0, this.height, new Color(0xF7F3EE)));
			this.g.fillRect(0, 0, this.width, this.height);
			// Pilasters every 15 degrees, and a skirting board.
			this.g.setColor(new Color(0xE2D9CC));
			for (int yaw = -180; yaw < 180; yaw += 15) {
				this.g.fillRect((int) x(yaw) - 3, 0, 6, this.height);
			}
			this.g.setColor(new Color(0x6B5E52));
			fill(-180, 180, 0, 0.12);
		}

		void frieze(Sketch sketch) {
			Color accent = sketch.accent();
			this.g.setColor(accent.darker());
			fill(-180, 180, 4.55, 4.95);
			this.g.setColor(new Color(0xC9962B));
			fill(-180, 180, 4.5, 4.55);
			fill(-180, 180, 4.95, 5.0);
			String text = sketch.lobby() ? sketch.hallName() : sketch.title() + "  ·  " + sketch.titleEn();
			Font font = font(Font.BOLD, 0.28);
			this.g.setFont(font);
			this.g.setColor(new Color(0xFBF5E6));
			FontMetrics metrics = this.g.getFontMetrics();
			int repeat = sketch.lobby() ? 4 : 3;
			for (int i = 0; i < repeat; i++) {
				double centre = -180 + (i + 0.5) * 360.0 / repeat + (sketch.lobby() ? 0 : 60);
				double cx = x(angleOf(centre));
				int textWidth = metrics.stringWidth(text);
				this.g.drawString(text, (float) (cx - textWidth / 2.0), (float) (y(4.75) + metrics.getAscent() / 2.6));
			}
		}

		/** Hanging banners between the frieze's texts. */
		void banners(Sketch sketch) {
			int repeat = sketch.lobby() ? 4 : 3;
			for (int i = 0; i < repeat; i++) {
				double yaw = angleOf(-180 + i * 360.0 / repeat + (sketch.lobby() ? 0 : 60));
				banner(yaw, sketch.accent(), sketch.lobby() ? "匠心" : "创新");
			}
		}

		/** The lobby's posters between its doors. */
		void posters(Sketch sketch) {
			String[][] words = { { "匠心筑梦", "Craft builds dreams" }, { "技能报国", "Skills serve the nation" },
					{ "创新引领", "Innovation leads" }, { "精益求精", "Always finer" } };
			List<Door> doors = new ArrayList<>(sketch.doors());
			doors.sort(Comparator.comparingDouble(Door::yaw));
			for (int i = 0; i < doors.size(); i++) {
				double from = doors.get(i).yaw();
				double to = doors.get((i + 1) % doors.size()).yaw();
				double gap = angle(to - from);
				if (gap <= 0) {
					gap += 360;
				}
				if (gap < 30) {
					continue;
				}
				double centre = angle(from + gap / 2);
				double half = 0.8 / (RADIUS * Math.PI / 180);
				this.g.setColor(new Color(0xC9962B));
				fill(centre - half - 0.4, centre + half + 0.4, 0.55, 3.05);
				this.g.setPaint(new GradientPaint(0, (float) y(3.0), brighter(sketch.accent(), 0.1), 0, (float) y(0.6),
						sketch.accent().darker()));
				fill(centre - half, centre + half, 0.6, 3.0);
				String[] word = words[i % words.length];
				Font font = font(Font.BOLD, 0.36);
				this.g.setFont(font);
				FontMetrics metrics = this.g.getFontMetrics();
				this.g.setColor(new Color(0xFBF5E6));
				for (int c = 0; c < word[0].length(); c++) {
					String ch = word[0].substring(c, c + 1);
					this.g.drawString(ch, (float) (x(centre) - metrics.stringWidth(ch) / 2.0),
							(float) (y(2.75) + metrics.getAscent() * c * 1.05 + metrics.getAscent() * 0.8));
				}
				Font small = font(Font.PLAIN, 0.11);
				this.g.setFont(small);
				metrics = this.g.getFontMetrics();
				this.g.setColor(new Color(0xF1D58A));
				this.g.drawString(word[1], (float) (x(centre) - metrics.stringWidth(word[1]) / 2.0), (float) y(0.75));
			}
		}

		private void banner(double yaw, Color accent, String word) {
			double half = 0.45 / (RADIUS * Math.PI / 180);
			this.g.setColor(new Color(0xC9962B));
			fill(yaw - half, yaw + half, 3.8, 4.5);
			this.g.setColor(accent);
			fill(yaw - half * 0.86, yaw + half * 0.86, 3.84, 4.5);
			this.g.setColor(new Color(0xFBF5E6));
			Font font = font(Font.BOLD, 0.26);
			this.g.setFont(font);
			FontMetrics metrics = this.g.getFontMetrics();
			double top = y(4.42);
			for (int i = 0; i < word.length(); i++) {
				String c = word.substring(i, i + 1);
				this.g.drawString(c, (float) (x(yaw) - metrics.stringWidth(c) / 2.0),
						(float) (top + metrics.getAscent() * (i + 1) * 0.95));
			}
		}

		void booth(Sketch sketch, double from, double to) {
			Color accent = sketch.accent();
			// The booth's back wall, lit from above.
			this.g.setPaint(
					new GradientPaint(0, (float) y(3.2), brighter(accent, 0.25), 0, (float) y(0.1), accent.darker()));
			fill(from, to, 0.12, 3.2);
			// Side panels, a little darker, to give depth.
			double side = 0.35 / (RADIUS * Math.PI / 180);
			this.g.setColor(accent.darker().darker());
			fill(from, from + side, 0.12, 3.2);
			fill(to - side, to, 0.12, 3.2);
			// Header with the zone's name.
			this.g.setColor(new Color(0xFBF5E6));
			fill(from - 0.6, to + 0.6, 3.2, 3.75);
			this.g.setColor(accent);
			fill(from - 0.6, to + 0.6, 3.2, 3.26);
			Font font = font(Font.BOLD, 0.3);
			this.g.setFont(font);
			FontMetrics metrics = this.g.getFontMetrics();
			String name = sketch.title();
			double boothWidth = (to - from) * pxPerDegree();
			while (metrics.stringWidth(name) > boothWidth - 20 && font.getSize2D() > 8) {
				font = font.deriveFont(font.getSize2D() * 0.9f);
				this.g.setFont(font);
				metrics = this.g.getFontMetrics();
			}
			this.g.setColor(accent.darker());
			double centre = x((from + to) / 2);
			this.g.drawString(name, (float) (centre - metrics.stringWidth(name) / 2.0),
					(float) (y(3.48) + metrics.getAscent() / 2.4));
			// A counter before the displays.
			this.g.setPaint(
					new GradientPaint(0, (float) y(1.0), new Color(0xFAF7F2), 0, (float) y(0.12), new Color(0xD8CFC3)));
			fill(from + side * 1.6, to - side * 1.6, 0.12, 0.95);
			this.g.setColor(accent);
			fill(from + side * 1.6, to - side * 1.6, 0.86, 0.95);
		}

		void display(Spot spot) {
			double height = EYE + RADIUS * Math.tan(Math.toRadians(spot.pitch()));
			double halfWidth = 0.55 / (RADIUS * Math.PI / 180);
			double cx = x(spot.yaw());
			double top = y(height + 0.4);
			double bottom = y(height - 0.4);
			double w = halfWidth * 2 * pxPerDegree();
			this.g.setColor(new Color(0x2A2420));
			this.g.fill(new RoundRectangle2D.Double(cx - w / 2 - 4, top - 4, w + 8, bottom - top + 8, 8, 8));
			this.g.setPaint(new GradientPaint((float) (cx - w / 2), (float) top, new Color(0xFFFDF6),
					(float) (cx + w / 2), (float) bottom, new Color(0xE9DFCF)));
			this.g.fill(new RoundRectangle2D.Double(cx - w / 2, top, w, bottom - top, 6, 6));
			// A spotlight's glow above each display.
			this.g.setColor(new Color(255, 248, 220, 90));
			this.g.fill(new java.awt.geom.Ellipse2D.Double(cx - w * 0.35, top - pxPerMetre() * 0.25, w * 0.7,
					pxPerMetre() * 0.18));
		}

		void door(Door door) {
			double half = 1.0 / (RADIUS * Math.PI / 180);
			Color colour = door.colour();
			// The frame in the colour of where it leads, the opening lit from beyond.
			this.g.setColor(new Color(0xC9962B));
			fill(door.yaw() - half - 1.4, door.yaw() + half + 1.4, 0.12, 3.35);
			this.g.setColor(colour.darker());
			fill(door.yaw() - half - 1.0, door.yaw() + half + 1.0, 0.12, 3.25);
			this.g.setPaint(new GradientPaint(0, (float) y(2.9), brighter(colour, 0.75), 0, (float) y(0.12),
					brighter(colour, 0.35)));
			fill(door.yaw() - half, door.yaw() + half, 0.12, 2.9);
			this.g.setColor(new Color(255, 255, 255, 70));
			fill(door.yaw() - half * 0.55, door.yaw() + half * 0.55, 0.12, 2.6);
			// The sign above it.
			double signHalf = Math.max(half + 3, 1.6 / (RADIUS * Math.PI / 180));
			this.g.setColor(new Color(0x1F1F1F));
			fill(door.yaw() - signHalf, door.yaw() + signHalf, 3.4, 4.2);
			this.g.setColor(new Color(0xC9962B));
			fill(door.yaw() - signHalf, door.yaw() + signHalf, 3.4, 3.44);
			Font font = font(Font.BOLD, 0.3);
			this.g.setFont(font);
			FontMetrics metrics = this.g.getFontMetrics();
			String zh = door.title();
			double room = 2 * signHalf * pxPerDegree() - 16;
			while (metrics.stringWidth(zh) > room && font.getSize2D() > 8) {
				font = font.deriveFont(font.getSize2D() * 0.9f);
				this.g.setFont(font);
				metrics = this.g.getFontMetrics();
			}
			this.g.setColor(Color.WHITE);
			double cx = x(door.yaw());
			this.g.drawString(zh, (float) (cx - metrics.stringWidth(zh) / 2.0), (float) y(3.83));
			Font small = font(Font.PLAIN, 0.15);
			this.g.setFont(small);
			metrics = this.g.getFontMetrics();
			String en = (door.titleEn() != null) ? door.titleEn() : "";
			while (metrics.stringWidth(en) > room && small.getSize2D() > 6) {
				small = small.deriveFont(small.getSize2D() * 0.9f);
				this.g.setFont(small);
				metrics = this.g.getFontMetrics();
			}
			this.g.setColor(new Color(0xF1D58A));
			this.g.drawString(en, (float) (cx - metrics.stringWidth(en) / 2.0), (float) y(3.56));
			this.g.setStroke(new BasicStroke(1f));
		}

		private Font font(int style, double metres) {
			return new Font(CJK_FONT, style, (int) Math.round(metres * pxPerMetre()));
		}

		/** Fills yaw from..to (degrees, wrapping round) between two heights. */
		private void fill(double from, double to, double bottom, double top) {
			double x0 = x(from);
			double x1 = x(to);
			double y0 = y(top);
			double y1 = y(bottom);
			this.g.fill(new java.awt.geom.Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
			if (x0 < 0) {
				this.g.fill(new java.awt.geom.Rectangle2D.Double(x0 + this.width, y0, x1 - x0, y1 - y0));
			}
			if (x1 > this.width) {
				this.g.fill(new java.awt.geom.Rectangle2D.Double(x0 - this.width, y0, x1 - x0, y1 - y0));
			}
		}

		private static double angleOf(double degrees) {
			return angle(degrees);
		}

		private static Color brighter(Color colour, double towardsWhite) {
			return new Color((int) (colour.getRed() + (255 - colour.getRed()) * towardsWhite),
					(int) (colour.getGreen() + (255 - colour.getGreen()) * towardsWhite),
					(int) (colour.getBlue() + (255 - colour.getBlue()) * towardsWhite));
		}

	}

}
