package org.craftsman.portal.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the operating system's packages (never a downloaded browser),
 * driven by the matching chromedriver. Each call starts a fresh browser with an empty
 * profile: one call is one visitor.
 */
public final class Browsers {

	static final List<String> CHROMIUM_CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	static final List<String> CHROMEDRIVER_CANDIDATES = List.of("/usr/bin/chromedriver",
			"/usr/lib/chromium/chromedriver");

	static final String INSTALL_HINT = "Browser tests need Chromium and ChromeDriver: "
			+ "apt-get install chromium chromium-driver";

	/** Chromium's narrowest window; narrower sizes are emulated as a phone's screen. */
	private static final int MINIMUM_WINDOW_WIDTH = 500;

	private Browsers() {
	}

	/**
	 * A headless Chromium at the given viewport size and language ("zh-CN" or "en");
	 * widths under 500 pixels are a phone's screen.
	 */
	public static ChromeDriver chromium(int width, int height, String language) {
		return chromium(width, height, language, false);
	}

	/**
	 * A headless Chromium that draws WebGL in software (SwiftShader), for the hall's 360°
	 * viewer.
	 */
	public static ChromeDriver chromiumWithWebGl(int width, int height, String language) {
		return chromium(width, height, language, true);
	}

	private static ChromeDriver chromium(int width, int height, String language, boolean webGl) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(installed(CHROMIUM_CANDIDATES, CHROMEDRIVER_CANDIDATES));
		options.addArguments(
				webGl ? List.of("--use-angle=swiftshader", "--enable-unsafe-swiftshader") : List.of("--disable-gpu"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--autoplay-policy=no-user-gesture-required", "--window-size=" + width + "," + height,
				"--lang=" + language, "--user-data-dir=" + tempProfile());
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(installed(CHROMEDRIVER_CANDIDATES, CHROMIUM_CANDIDATES)))
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

	/**
	 * The first executable of the candidates; without one (or without its partner
	 * program) the test fails on one line that says what to install.
	 */
	static String installed(List<String> candidates, List<String> partnerCandidates) {
		Optional<String> found = firstExecutable(candidates);
		if (found.isEmpty() || firstExecutable(partnerCandidates).isEmpty()) {
			throw new BrowserNotInstalled(INSTALL_HINT + " (looked for " + String.join(", ", candidates) + " and "
					+ String.join(", ", partnerCandidates) + ")");
		}
		return found.get();
	}

	private static Optional<String> firstExecutable(List<String> candidates) {
		return candidates.stream().filter((candidate) -> new File(candidate).canExecute()).findFirst();
	}

	/** Carries no stack trace: the message alone says what is missing. */
	static final class BrowserNotInstalled extends IllegalStateException {

		BrowserNotInstalled(String message) {
			super(message);
			setStackTrace(new StackTraceElement[0]);
		}

	}

}
