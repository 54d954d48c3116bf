package org.craftsman.portal.common.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.craftsman.portal.common.PortalProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final PortalProperties properties;

	WebConfig(PortalProperties properties) {
		this.properties = properties;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new SupportedLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Static files are mapped folder by folder (not under {@code /**}): a link a page
	 * builds is then looked up as a static file only when it points into one of these
	 * folders, instead of every link of every page being searched for on the classpath.
	 * Stylesheets, scripts and images carry a hash of their content in their name and are
	 * cached for a year; the resolved names are cached too.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl aYear = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
		for (String folder : List.of("css", "js", "img", "vendor")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(aYear)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/favicon.svg")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(aYear)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		// Uploaded media first, then the media shipped with the demo data.
		registry.addResourceHandler("/media/**")
			.addResourceLocations(this.properties.mediaDir().toUri().toString(), "classpath:/demo-media/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.resourceChain(true);
	}

	/**
	 * Remembers the chosen language in a cookie; without one, follows the browser's
	 * Accept-Language among the languages the portal speaks, and falls back to Chinese.
	 */
	static final class SupportedLocaleResolver extends CookieLocaleResolver {

		static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

		SupportedLocaleResolver() {
			super("portal-lang");
			setCookieMaxAge(Duration.ofDays(365));
			setCookieHttpOnly(true);
			setDefaultLocaleFunction(SupportedLocaleResolver::fromBrowser);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, (locale != null) ? supported(locale) : null);
		}

		static Locale fromBrowser(HttpServletRequest request) {
			if (request.getHeader("Accept-Language") != null) {
				for (Locale candidate : java.util.Collections.list(request.getLocales())) {
					if (candidate.getLanguage().equals("zh") || candidate.getLanguage().equals("en")) {
						return supported(candidate);
					}
				}
			}
			return Locale.SIMPLIFIED_CHINESE;
		}

		static Locale supported(Locale locale) {
			return locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		}

	}

}
