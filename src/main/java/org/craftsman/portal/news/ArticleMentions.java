package org.craftsman.portal.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/**
 * The results, areas and awards an article links to ({@code /results/12},
 * {@code /areas/3}, {@code /awards}), in the order they first appear, so that the article
 * page can show them as cards below the text.
 *
 * @param results ids of the results linked to
 * @param areas ids of the areas linked to
 * @param awards whether the article links to the awards page
 */
public record ArticleMentions(List<Long> results, List<Long> areas, boolean awards) {

	private static final Pattern RECORD = Pattern
		.compile("^(?:https?://[^/]+)?/(results|areas)/(\\d{1,18})/?(?:[?#].*)?$");

	private static final Pattern AWARDS = Pattern.compile("^(?:https?://[^/]+)?/awards/?(?:[?#].*)?$");

	private static final Parser PARSER = Parser.builder().build();

	/** What a Markdown text links to; nothing for no text. */
	public static ArticleMentions of(String markdown) {
		Set<Long> results = new LinkedHashSet<>();
		Set<Long> areas = new LinkedHashSet<>();
		boolean[] awards = { false };
		if (markdown != null) {
			PARSER.parse(markdown).accept(new AbstractVisitor() {
				@Override
				public void visit(Link link) {
					String destination = link.getDestination().strip();
					Matcher record = RECORD.matcher(destination);
					if (record.matches()) {
						("results".equals(record.group(1)) ? results : areas).add(Long.parseLong(record.group(2)));
					}
					else if (AWARDS.matcher(destination).matches()) {
						awards[0] = true;
					}
					visitChildren(link);
				}
			});
		}
		return new ArticleMentions(new ArrayList<>(results), new ArrayList<>(areas), awards[0]);
	}

}
