package org.craftsman.portal.dashboard;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.craftsman.portal.common.PublicSite;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui.html}, served by the portal itself): the JSON API only, not the HTML
 * pages.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	/** The server named is the configured public address, never the request's Host. */
	@Bean
	OpenAPI portalApi(PublicSite site) {
		return new OpenAPI().servers(List.of(new Server().url(site.baseUrl())))
			.info(new Info().title("Craftsman Innovation Exchange: conference figures")
				.version("1")
				.description("The conference's figures as JSON. /api/stats is public; the breakdowns need a staff or "
						+ "organizer login (a session cookie from /login). Amounts in yuan are exact decimal strings "
						+ "with two fraction digits, counts are integers."));
	}

	@Bean
	OpenApiCustomizer onlyTheJsonApi() {
		return (api) -> {
			if (api.getPaths() != null) {
				api.getPaths().keySet().removeIf((path) -> !path.startsWith("/api/"));
			}
		};
	}

}
