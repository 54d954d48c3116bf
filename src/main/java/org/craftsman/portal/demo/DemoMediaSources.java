package org.craftsman.portal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.craftsman.portal.common.Vocabulary;

/**
 * Writes what {@code tools/demo-media/generate.sh} makes the demo media from: every
 * hotspot's poster and every category's picture (SVG) into the given folder, and a list
 * of the hotspots with what their narration speaks (name, kind, titles, descriptions),
 * one tab-separated line each, to standard output.
 */
final class DemoMediaSources {

	private DemoMediaSources() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		Files.createDirectories(folder);
		DemoDataSet data = DemoDataSet.generate();
		List<String> categories = new ArrayList<>(Vocabulary.CATEGORIES.keySet());
		for (int category = 0; category < categories.size(); category++) {
			String name = categories.get(category);
			Files.writeString(folder.resolve(String.format("category-%02d.svg", category + 1)),
					DemoMedia.categorySvg(category, name, Vocabulary.categoryInEnglish(name)), StandardCharsets.UTF_8);
		}
		for (DemoRows.HotspotRow hotspot : data.hotspots) {
			DemoMedia.Poster poster = poster(data, hotspot);
			Files.writeString(folder.resolve(DemoMedia.name(poster.id()) + ".svg"), DemoMedia.svg(poster),
					StandardCharsets.UTF_8);
			System.out.println(String.join("\t", DemoMedia.name(poster.id()), poster.kind(), oneLine(poster.titleZh()),
					oneLine(poster.titleEn()), oneLine(hotspot.description()), oneLine(hotspot.descriptionEn())));
		}
	}

	static DemoMedia.Poster poster(DemoDataSet data, DemoRows.HotspotRow hotspot) {
		long id = hotspot.id();
		Long resultId = hotspot.resultId();
		String kind = hotspot.mediaKind();
		if (resultId == null) {
			return new DemoMedia.Poster(id, kind, -1, "工匠云直播", "Artisan Cloud Live", hotspot.title(),
					hotspot.titleEn());
		}
		String category = data.results.get(resultId.intValue() - 1).category();
		List<String> categories = new ArrayList<>(Vocabulary.CATEGORIES.keySet());
		return new DemoMedia.Poster(id, kind, categories.indexOf(category), category,
				Vocabulary.categoryInEnglish(category), hotspot.title(), hotspot.titleEn());
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
