package org.craftsman.portal.admin;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin label exists in English and in Chinese, and no Chinese label is left in
 * English.
 */
class AdminLabelsTest {

	@Test
	void bothLanguagesHaveTheSameLabels() throws IOException {
		Properties english = load("i18n/admin.properties");
		Properties chinese = load("i18n/admin_zh.properties");
		assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(english).hasSizeGreaterThan(300);
		assertThat(chinese.stringPropertyNames()).allSatisfy((key) -> assertThat(chinese.getProperty(key)).as(key)
			.isNotBlank()
			.matches(".*[\\u4e00-\\u9fff（）：，。…].*|.*\\{0}.*|.*[A-Z]{2,}.*"));
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
