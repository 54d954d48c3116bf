package org.craftsman.portal.dashboard;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The big screen for the exhibition hall: the headline figures in type large enough to
 * read across the room, refreshed in place every few seconds. It speaks Chinese whatever
 * the browser or a remembered choice says, unless its address asks for a language.
 */
@Controller
@Hidden
@RequestMapping("/dashboard/screen")
class ScreenController {

	static final int REFRESH_SECONDS = 5;

	private final DashboardService dashboards;

	private final ScreenPage view;

	ScreenController(DashboardService dashboards, ScreenPage view) {
		this.dashboards = dashboards;
		this.view = view;
	}

	@GetMapping
	String screen(@RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
		chineseUnlessAsked(lang, request);
		model.addAttribute("screen",
				this.view.of(this.dashboards.screen(ScreenPage.TOP_REGIONS, ScreenPage.LATEST_CONTRACTS)));
		model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		model.addAttribute("lang", (lang != null) ? lang : "");
		return "dashboard/screen";
	}

	@GetMapping(path = "/data", produces = "application/json")
	@ResponseBody
	ResponseEntity<ScreenPage.Data> data(@RequestParam(required = false) String lang, HttpServletRequest request) {
		chineseUnlessAsked(lang, request);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.view.of(this.dashboards.screen(ScreenPage.TOP_REGIONS, ScreenPage.LATEST_CONTRACTS)));
	}

	/**
	 * The locale resolver keeps the request's locale in this attribute; setting it before
	 * anything reads the locale makes the screen Chinese without touching the visitor's
	 * remembered choice. With {@code ?lang=}, the portal's language switch has already
	 * set it.
	 */
	private static void chineseUnlessAsked(String lang, HttpServletRequest request) {
		if (lang == null || lang.isBlank()) {
			request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, Locale.SIMPLIFIED_CHINESE);
		}
	}

}
