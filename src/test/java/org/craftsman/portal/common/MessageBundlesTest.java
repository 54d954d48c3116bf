package org.craftsman.portal.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads exists in English and in Chinese: each bundle has the same
 * keys in both languages, no key is defined twice (a second definition silently wins),
 * and no Chinese text is left in English.
 */
class MessageBundlesTest {

	private static final Pattern KEY = Pattern.compile("^([^#!\\s=:][^=:\\s]*)\\s*[=:]", Pattern.MULTILINE);

	@ParameterizedTest
	@ValueSource(strings = { "messages", "attendee", "admin", "dashboard", "venue", "news", "comments" })
	void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
		Properties english = load("i18n/" + bundle + ".properties");
		Properties chinese = load("i18n/" + bundle + "_zh.properties");
		assertThat(chinese.stringPropertyNames()).as(bundle)
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(english).as(bundle).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "attendee", "admin", "dashboard", "messages_zh", "attendee_zh", "admin_zh",
			"dashboard_zh", "news", "news_zh" })
	void noKeyIsDefinedTwice(String file) throws IOException {
		List<String> keys = keysInOrder("i18n/" + file + ".properties");
		Set<String> seen = new HashSet<>();
		assertThat(keys.stream().filter((key) -> !seen.add(key)).toList()).as(file).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "attendee", "admin", "dashboard", "venue", "news", "comments" })
	void chineseTextsAreInChinese(String bundle) throws IOException {
		Properties chinese = load("i18n/" + bundle + "_zh.properties");
		assertThat(chinese.stringPropertyNames()).allSatisfy((key) -> assertThat(chinese.getProperty(key)).as(key)
			.isNotBlank()
			.matches("(?s).*[\\u4e00-\\u9fff（）：，。…].*|.*\\{0}.*|.*[A-Z]{2,}.*|[\\p{Punct}\\p{S}\\s\\d]+"));
	}

	private static List<String> keysInOrder(String path) throws IOException {
		String text = StreamUtils.copyToString(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
		// Continuation lines belong to the key above them.
		String joined = text.replaceAll("\\\\\\r?\\n\\s*", "");
		List<String> keys = new ArrayList<>();
		Matcher matcher = KEY.matcher(joined);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
