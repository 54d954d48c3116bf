package org.craftsman.portal.live;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the HLS streams shipped with the portal (playlists and segments under
 * {@code /hls/}, the demo stream among them) with the types players expect, and with HTTP
 * range requests.
 */
@Configuration(proxyBeanMethods = false)
class LiveWebConfig implements WebMvcConfigurer {

	static final MediaType PLAYLIST = MediaType.parseMediaType("application/vnd.apple.mpegurl");

	static final MediaType SEGMENT = MediaType.parseMediaType("video/mp2t");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/hls/**")
			.addResourceLocations("classpath:/static/hls/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.resourceChain(true);
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.mediaType("m3u8", PLAYLIST).mediaType("ts", SEGMENT);
	}

}
