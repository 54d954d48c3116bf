package org.craftsman.portal.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers an upload larger than the server accepts with a page that says so, before
 * anything reads the request: otherwise the servlet container fails while the CSRF check
 * reads the form, and shows its own bare error page.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadLimit(
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize limit, MessageSource messages,
			LocaleResolver locales) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new TooLargeFilter(limit.toBytes(), messages, locales));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.addUrlPatterns("/admin/*");
		return registration;
	}

	static final class TooLargeFilter extends OncePerRequestFilter {

		private final long limit;

		private final MessageSource messages;

		private final LocaleResolver locales;

		TooLargeFilter(long limit, MessageSource messages, LocaleResolver locales) {
			this.limit = limit;
			this.messages = messages;
			this.locales = locales;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() <= this.limit) {
				chain.doFilter(request, response);
				return;
			}
			Locale locale = this.locales.resolveLocale(request);
			String heading = this.messages.getMessage("admin.upload.tooLarge.heading", null, locale);
			String text = this.messages.getMessage("admin.upload.tooLarge.text",
					new Object[] { this.limit / (1024 * 1024) }, locale);
			String back = this.messages.getMessage("admin.upload.tooLarge.back", null, locale);
			response.setStatus(413);
			response.setHeader("Connection", "close");
			response.setContentType("text/html;charset=UTF-8");
			PrintWriter out = response.getWriter();
			out.write("<!DOCTYPE html><html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "zh-CN")
					+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<title>" + HtmlUtils.htmlEscape(heading) + "</title>"
					+ "<link rel=\"stylesheet\" href=\"/css/portal.css\"></head><body><main id=\"main\" class=\"container section narrow error-page\">"
					+ "<p class=\"error-code\">413</p><h1>" + HtmlUtils.htmlEscape(heading) + "</h1><p>"
					+ HtmlUtils.htmlEscape(text) + "</p><p><a class=\"button button-primary\" href=\""
					+ HtmlUtils.htmlEscape(request.getRequestURI()) + "\">" + HtmlUtils.htmlEscape(back)
					+ "</a></p></main></body></html>");
		}

	}

}
