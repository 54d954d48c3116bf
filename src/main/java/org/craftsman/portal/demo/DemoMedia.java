package org.craftsman.portal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The media of the demo hotspots: every hotspot has its own poster, drawn here from its
 * title and the art of its category, and its own sound or video, made from that poster
 * and a spoken narration by {@code tools/demo-media/generate.sh}. The files are shipped
 * in {@code src/main/resources/demo-media}.
 */
final class DemoMedia {

	static final int WIDTH = 480;

	static final int HEIGHT = 270;

	private static final String FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

	/** Background colours, by category; the last one is the live studio's. */
	private static final String[][] COLOURS = { { "#1d4e89", "#0b2545" }, { "#c47f00", "#6b3e00" },
			{ "#2a7f62", "#0f3d2e" }, { "#5b3a8c", "#2a1747" }, { "#8c3b2a", "#40170f" }, { "#25607d", "#0c2737" },
			{ "#0f7c8c", "#053a42" }, { "#6d6a2b", "#33310f" }, { "#a23b72", "#4d1533" }, { "#2f8c4a", "#10401f" },
			{ "#7a8c1e", "#38400a" }, { "#1f5f9e", "#0a2a4a" }, { "#8b1a1a", "#2b0d0d" } };

	/** Pictograms in a 100 by 100 box, by category; the last one is the live studio's. */
	private static final String[] ART = {
			"<circle cx='50' cy='50' r='30' fill='none' stroke-width='14' stroke-dasharray='11 7'/><circle cx='50' cy='50' r='12'/>",
			"<polygon points='58,4 18,56 46,56 36,96 82,38 54,38 66,4'/>",
			"<rect x='22' y='12' width='56' height='62' rx='12'/><rect x='30' y='22' width='40' height='20' rx='3' fill='#0000'/><circle cx='34' cy='86' r='8'/><circle cx='66' cy='86' r='8'/>",
			"<path d='M50 6C32 38 22 54 22 68a28 28 0 0 0 56 0C78 54 68 38 50 6Z'/>",
			"<path d='M14 14h72v16H58v40h28v16H14V70h28V30H14Z'/>",
			"<path d='M50 4c16 14 22 34 18 58H32C28 38 34 18 50 4Zm-18 62-14 24 20-8Zm36 0 14 24-20-8Z'/>",
			"<circle cx='50' cy='46' r='8'/><path d='M46 54h8l10 42H36Z'/><path d='M28 24a32 32 0 0 0 0 44M72 24a32 32 0 0 1 0 44M16 12a50 50 0 0 0 0 68M84 12a50 50 0 0 1 0 68' fill='none' stroke-width='6'/>",
			"<rect x='14' y='40' width='30' height='56'/><rect x='50' y='10' width='36' height='86'/><rect x='58' y='20' width='8' height='8' fill='#0000'/>",
			"<rect x='22' y='10' width='56' height='12' rx='4'/><rect x='22' y='78' width='56' height='12' rx='4'/><rect x='32' y='22' width='36' height='56'/><path d='M32 34h36M32 46h36M32 58h36M32 70h36' stroke-width='3'/>",
			"<path d='M38 10h24v28h28v24H62v28H38V62H10V38h28Z'/>",
			"<path d='M50 96V20' stroke-width='6'/><ellipse cx='40' cy='34' rx='8' ry='14'/><ellipse cx='60' cy='34' rx='8' ry='14'/><ellipse cx='40' cy='60' rx='8' ry='14'/><ellipse cx='60' cy='60' rx='8' ry='14'/><ellipse cx='50' cy='14' rx='7' ry='12'/>",
			"<path d='M8 60h84l-14 26H22Z'/><rect x='30' y='36' width='36' height='20'/><rect x='44' y='18' width='10' height='18'/>",
			"<rect x='36' y='8' width='28' height='50' rx='14'/><path d='M24 44a26 26 0 0 0 52 0M50 70v20M34 92h32' fill='none' stroke-width='6'/>" };

	/**
	 * What a poster shows.
	 *
	 * @param id the hotspot's id
	 * @param kind GRAPHIC, AUDIO or VIDEO
	 * @param category the index of its result's category, or -1 for the live studio
	 * @param categoryZh the category's Chinese name
	 * @param categoryEn the category's English name
	 * @param titleZh the hotspot's Chinese title
	 * @param titleEn the hotspot's English title
	 */
	record Poster(long id, String kind, int category, String categoryZh, String categoryEn, String titleZh,
			String titleEn) {
	}

	private DemoMedia() {
	}

	static String name(long hotspotId) {
		return String.format("hotspot-%03d", hotspotId);
	}

	static String posterRef(long hotspotId) {
		return "/media/" + name(hotspotId) + ".svg";
	}

	/** The hotspot's own file: its poster for a picture, else its sound or its video. */
	static String mediaRef(long hotspotId, String kind) {
		return switch (kind) {
			case "AUDIO" -> "/media/" + name(hotspotId) + ".mp3";
			case "VIDEO" -> "/media/" + name(hotspotId) + ".mp4";
			default -> posterRef(hotspotId);
		};
	}

	/** The picture of a category's results: its art and its name. */
	static String categorySvg(int category, String nameZh, String nameEn) {
		return svg(new Poster(0, "RESULT", category, "创新成果", "Innovation results", nameZh, nameEn));
	}

	static String svg(Poster poster) {
		int art = (poster.category() >= 0) ? poster.category() : ART.length - 1;
		String[] colours = COLOURS[art];
		StringBuilder svg = new StringBuilder(2048);
		svg.append("<svg xmlns='http://www.w3.org/2000/svg' width='")
			.append(WIDTH)
			.append("' height='")
			.append(HEIGHT)
			.append("' viewBox='0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("'>")
			.append("<defs><linearGradient id='g' x1='0' y1='0' x2='1' y2='1'><stop offset='0' stop-color='")
			.append(colours[0])
			.append("'/><stop offset='1' stop-color='")
			.append(colours[1])
			.append("'/></linearGradient></defs><rect width='100%' height='100%' fill='url(#g)'/>")
			.append("<g transform='translate(250 40) scale(2.6)' fill='#fff' stroke='#fff' opacity='0.08'>")
			.append(ART[art])
			.append("</g><g transform='translate(376 20) scale(0.84)' fill='#fff' stroke='#fff'>")
			.append(ART[art])
			.append("</g><g font-family=\"")
			.append(FONT)
			.append("\" fill='#fff'>");
		text(svg, 24, 38, 14, 0.85, kindZh(poster.kind()) + " · " + poster.categoryZh());
		text(svg, 24, 58, 12, 0.7, kindEn(poster.kind()) + " · " + poster.categoryEn());
		int y = 128;
		for (String line : wrap(poster.titleZh(), 17, false)) {
			text(svg, 24, y, 24, 1, line);
			y += 32;
		}
		y += 2;
		for (String line : wrap(poster.titleEn(), 52, true)) {
			text(svg, 24, y, 14, 0.9, line);
			y += 20;
		}
		String footer = "首届大国工匠创新交流大会 · 2022 深圳";
		text(svg, 24, 250, 11, 0.7,
				(poster.id() > 0) ? String.format(Locale.ROOT, "H%03d · %s", poster.id(), footer) : footer);
		return svg.append("</g></svg>\n").toString();
	}

	private static void text(StringBuilder svg, int x, int y, int size, double opacity, String text) {
		svg.append("<text x='").append(x).append("' y='").append(y).append("' font-size='").append(size).append('\'');
		if (opacity < 1) {
			svg.append(" opacity='").append(opacity).append('\'');
		}
		svg.append('>').append(escape(text)).append("</text>");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
	}

	/** At most two lines; a longer text ends in an ellipsis. */
	static List<String> wrap(String text, int width, boolean atSpaces) {
		List<String> lines = new ArrayList<>();
		String rest = text;
		while (!rest.isEmpty() && lines.size() < 2) {
			if (rest.length() <= width) {
				lines.add(rest);
				rest = "";
				break;
			}
			int cut = atSpaces ? Math.max(rest.lastIndexOf(' ', width), 1) : width;
			lines.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (!rest.isEmpty()) {
			String last = lines.get(1);
			lines.set(1, last.substring(0, Math.min(last.length(), width - 1)) + "…");
		}
		return lines;
	}

	static String kindZh(String kind) {
		return switch (kind) {
			case "AUDIO" -> "音频讲解";
			case "VIDEO" -> "视频";
			case "RESULT" -> "成果";
			default -> "图文";
		};
	}

	static String kindEn(String kind) {
		return switch (kind) {
			case "AUDIO" -> "Audio guide";
			case "VIDEO" -> "Video";
			case "RESULT" -> "Result";
			default -> "Pictures";
		};
	}

}
