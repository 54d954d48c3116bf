package org.craftsman.portal.common.web;

import java.time.Duration;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web server's side of the portal's rules: its own error pages carry the security
 * headers, and a client that stops sending the body of its request (a stalled or a
 * deliberately slow upload) loses the connection instead of holding a worker thread. Runs
 * after Spring Boot's own customizer, whose plain error valve it replaces.
 */
@Configuration(proxyBeanMethods = false)
class WebServerConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final Duration bodyReadTimeout;

	WebServerConfig(@Value("${portal.web.body-read-timeout:10s}") Duration bodyReadTimeout) {
		this.bodyReadTimeout = bodyReadTimeout;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				useErrorValve(host);
			}
		});
		factory.addConnectorCustomizers((connector) -> {
			if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
				http.setDisableUploadTimeout(false);
				http.setConnectionUploadTimeout((int) this.bodyReadTimeout.toMillis());
			}
		});
	}

	private static void useErrorValve(StandardHost host) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve.getClass() == ErrorReportValve.class) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.setErrorReportValveClass(PortalErrorReportValve.class.getName());
		host.getPipeline().addValve(new PortalErrorReportValve());
	}

}
