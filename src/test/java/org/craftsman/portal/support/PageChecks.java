package org.craftsman.portal.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.messages.TextMessageEmitter;
import nu.validator.servlet.imagereview.ImageCollector;
import nu.validator.validation.SimpleDocumentValidator;
import org.openqa.selenium.WebDriver;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standard checks of a rendered page: the Nu HTML Checker (the W3C's validator, run in
 * this JVM) and axe-core's accessibility rules (run in the browser). A page passes with
 * no error and no violation.
 */
public final class PageChecks {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private PageChecks() {
	}

	/**
	 * The Nu HTML Checker's errors about a page, one line each; empty when it is valid.
	 */
	public static String htmlErrors(String html) {
		ByteArrayOutputStream report = new ByteArrayOutputStream();
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			MessageEmitterAdapter errors = new MessageEmitterAdapter((Pattern) null, validator.getSourceCode(), false,
					new ImageCollector(validator.getSourceCode()), 0, true, new TextMessageEmitter(report, true));
			errors.setErrorsOnly(true);
			errors.setHtml(true);
			errors.start(null);
			validator.setUpMainSchema(HTML_SCHEMA, errors);
			validator.setUpValidatorAndParsers(errors, true, false);
			InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
			errors.end("", "", "");
			return (errors.getErrors() + errors.getFatalErrors() == 0) ? "" : report.toString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker could not run", ex);
		}
	}

	public static void assertValidHtml(String name, String html) {
		assertThat(htmlErrors(html)).as("HTML errors on %s", name).isEmpty();
	}

	/** axe-core's violations on the page the browser shows, one line each. */
	public static List<String> accessibilityViolations(WebDriver browser) {
		Results results = new AxeBuilder().analyze(browser);
		return results.getViolations().stream().map(PageChecks::describe).toList();
	}

	public static void assertAccessible(String name, WebDriver browser) {
		assertThat(accessibilityViolations(browser)).as("accessibility violations on %s", name).isEmpty();
	}

	private static String describe(Rule rule) {
		StringBuilder text = new StringBuilder(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
		rule.getNodes().stream().limit(5).forEach((node) -> text.append("\n    at ").append(node.getTarget()));
		return text.toString();
	}

}
