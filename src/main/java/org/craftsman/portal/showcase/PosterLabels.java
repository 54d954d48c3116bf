package org.craftsman.portal.showcase;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The labels of a booth poster, which is printed in Chinese and English whatever the
 * language of the organizer who prints it. Templates reach it as {@code @posterLabels}.
 */
@Component("posterLabels")
class PosterLabels {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	PosterLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String zh(String key) {
		return this.messages.getMessage(key, null, CHINESE);
	}

	public String en(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

}
