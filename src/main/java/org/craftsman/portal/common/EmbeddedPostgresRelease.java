package org.craftsman.portal.common;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Lets go of the embedded PostgreSQL when the application that uses it stops or fails.
 */
class EmbeddedPostgresRelease implements ApplicationListener<ApplicationEvent> {

	private final EmbeddedPostgresServer server;

	private final AtomicBoolean released = new AtomicBoolean();

	private volatile ApplicationContext context;

	EmbeddedPostgresRelease(EmbeddedPostgresServer server) {
		this.server = server;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationPreparedEvent prepared) {
			this.context = prepared.getApplicationContext();
		}
		// A child context (a management port, say) announces its own closing here too.
		boolean closed = event instanceof ContextClosedEvent closing && closing.getApplicationContext() == this.context;
		if ((closed || event instanceof ApplicationFailedEvent) && this.released.compareAndSet(false, true)) {
			this.server.release();
		}
	}

}
