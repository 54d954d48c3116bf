package org.craftsman.portal.common.web;

import java.net.http.HttpResponse;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A client's malformed request is its mistake: a 400 and one warning line, no trace. */
@IntegrationTest
class MalformedRequestLoggingTest {

	@LocalServerPort
	int port;

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	@BeforeEach
	void listen() {
		this.logged.start();
		this.root.addAppender(this.logged);
	}

	@AfterEach
	void stopListening() {
		this.root.detachAppender(this.logged);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/results?q=%ff", "/results?q=%C3%28", "/awards?award=%ed%a0%80", "/contracts?q=%E4%B8",
			"/results?q=%00" })
	void aMalformedQueryIsOneWarningLine(String path) {
		HttpResponse<String> response = new WebClient(this.port).get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception");
		List<ILoggingEvent> events = List.copyOf(this.logged.list);
		assertThat(events).noneMatch((event) -> event.getLevel().isGreaterOrEqual(Level.ERROR));
		assertThat(events).allMatch((event) -> event.getThrowableProxy() == null);
		assertThat(events).filteredOn((event) -> event.getLevel() == Level.WARN).hasSizeLessThanOrEqualTo(1);
		assertThat(events).allMatch((event) -> !event.getFormattedMessage().contains("\n"));
	}

}
