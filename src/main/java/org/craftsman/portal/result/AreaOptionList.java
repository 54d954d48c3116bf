package org.craftsman.portal.result;

import java.util.List;

import org.craftsman.portal.area.AreaOption;
import org.craftsman.portal.common.web.Localized;

import org.springframework.web.util.HtmlUtils;

/**
 * The options of the results filter's area list, written in one pass: a large exhibition
 * has hundreds of areas, and one template expression per option attribute made the list
 * the most expensive part of the results page. Every text is HTML-escaped.
 */
final class AreaOptionList {

	private AreaOptionList() {
	}

	static String html(List<AreaOption> areas, Long selected, Localized localized) {
		StringBuilder html = new StringBuilder(areas.size() * 48);
		for (AreaOption area : areas) {
			String name = localized.pick(area.name(), area.nameEn());
			html.append("<option value=\"").append(area.id()).append('"');
			if (selected != null && selected == area.id()) {
				html.append(" selected");
			}
			html.append('>').append(HtmlUtils.htmlEscape(area.code() + " " + name, "UTF-8")).append("</option>");
		}
		return html.toString();
	}

}
