package org.craftsman.portal.common;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal is reached from outside ({@code portal.public-base-url}): absolute
 * addresses are built from this, never from the request's Host header, which anyone can
 * set.
 *
 * @param publicBaseUrl scheme, host and port (and path, if any) attendees use
 */
@ConfigurationProperties("portal")
public record PublicSite(@DefaultValue("http://localhost:8080") URI publicBaseUrl) {

	/** The base address without a trailing slash, ready to have a path appended. */
	public String baseUrl() {
		String url = this.publicBaseUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
