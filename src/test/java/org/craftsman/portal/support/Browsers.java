package org.craftsman.portal.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the operating system's packages (never a downloaded browser),
 * driven by the matching chromedriver. Each call starts a fresh browser with an empty
 * profile: one call is one visitor.
 */
public final class Browsers {

	private static final String CHROMIUM = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	private static final String CHROMEDRIVER = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	/** Chromium's narrowest window; narrower sizes are emulated as a phone's screen. */
	private static final int MINIMUM_WINDOW_WIDTH = 500;

	private Browsers() {
	}

	/**
	 * A headless Chromium at the given viewport size and language ("zh-CN" or "en");
	 * widths under 500 pixels are a phone's screen.
	 */
	public static ChromeDriver chromium(int width, int height, String language) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--autoplay-policy=no-user-gesture-required", "--window-size=" + width + "," + height,
				"--lang=" + language, "--user-data-dir=" + tempProfile());
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		if (width < MINIMUM_WINDOW_WIDTH) {
			// A window cannot be narrower than this: give the page a phone's screen
			// instead.
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
		}
		return driver;
	}

	public static ChromeDriver chromium() {
		return chromium(1280, 900, "zh-CN");
	}

	private static String tempProfile() {
		try {
			Path profile = Files.createTempDirectory("portal-chromium-");
			profile.toFile().deleteOnExit();
			return profile.toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String firstExisting(String... candidates) {
		for (String candidate : candidates) {
			if (new File(candidate).canExecute()) {
				return candidate;
			}
		}
		return candidates[0];
	}

}
