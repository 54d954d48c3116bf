package org.craftsman.portal.common.web;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped read timeouts: a pause of more than 10 seconds in a request's headers or
 * body, or of more than 20 seconds between two requests, ends the connection.
 */
@IntegrationTest
class ServerTimeoutsTest {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void slowClientsAreCutByTheShippedTimeouts() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		AbstractHttp11Protocol<?> http = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
		assertThat(http.getConnectionTimeout()).isEqualTo(10_000);
		assertThat(http.getDisableUploadTimeout()).isFalse();
		assertThat(http.getConnectionUploadTimeout()).isEqualTo(10_000);
		assertThat(http.getKeepAliveTimeout()).isEqualTo(20_000);
	}

}
