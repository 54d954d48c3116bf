package org.craftsman.portal.security;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.apache.catalina.valves.RemoteIpValve;
import org.craftsman.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a proxy on the same machine is believed when it names the client's address: a
 * phone on the venue's private network that sends its own X-Forwarded-For must not pick a
 * new address for every login guess or like.
 */
@IntegrationTest
class TrustedProxiesTest {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void onlyLoopbackIsATrustedProxyByDefault() {
		RemoteIpValve valve = Arrays
			.stream(((TomcatWebServer) this.context.getWebServer()).getTomcat().getEngine().getPipeline().getValves())
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.findFirst()
			.orElseThrow();
		Pattern trusted = Pattern.compile(valve.getInternalProxies());
		assertThat(Arrays.asList("127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1"))
			.allMatch((address) -> trusted.matcher(address).matches());
		assertThat(Arrays.asList("10.0.0.5", "192.168.1.20", "172.16.0.9", "169.254.1.1", "8.8.8.8"))
			.noneMatch((address) -> trusted.matcher(address).matches());
	}

}
