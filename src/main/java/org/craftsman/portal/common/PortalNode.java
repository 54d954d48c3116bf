package org.craftsman.portal.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * This running portal among the nodes that share the database: a name new at every start
 * (host, process and a random part), so that work a stopped node left behind is never
 * mistaken for this node's own.
 */
@Component
public class PortalNode {

	private final String id;

	PortalNode() {
		this.id = host() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	public String id() {
		return this.id;
	}

	private static String host() {
		try {
			String name = InetAddress.getLocalHost().getHostName();
			return (name.length() > 100) ? name.substring(0, 100) : name;
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

	@Override
	public String toString() {
		return this.id;
	}

}
