package org.craftsman.portal.support;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrowsersTest {

	private static final List<String> PRESENT = List.of("/bin/sh");

	private static final List<String> ABSENT = List.of("/nonexistent/chromium");

	@Test
	void aMissingBrowserFailsOnOneLineThatSaysWhatToInstall() {
		assertThatThrownBy(() -> Browsers.installed(ABSENT, PRESENT))
			.hasMessageStartingWith(
					"Browser tests need Chromium and ChromeDriver: apt-get install chromium chromium-driver")
			.hasMessageContaining("/nonexistent/chromium")
			.hasMessageNotContaining("\n")
			.satisfies((failure) -> assertThat(failure.getStackTrace()).isEmpty());
	}

	@Test
	void aMissingDriverFailsTheSameWay() {
		assertThatThrownBy(() -> Browsers.installed(PRESENT, ABSENT)).hasMessageStartingWith(Browsers.INSTALL_HINT);
	}

	@Test
	void theFirstExecutableCandidateIsUsed() {
		assertThat(Browsers.installed(List.of("/nonexistent/chromium", "/bin/sh"), PRESENT)).isEqualTo("/bin/sh");
	}

}
