package org.craftsman.portal.common;

/**
 * No database is configured and none answers on the default local port, outside demo
 * mode, where the portal never falls back to an embedded PostgreSQL.
 */
public class NoDatabaseException extends IllegalStateException {

	private final String address;

	NoDatabaseException(String address) {
		super("No PostgreSQL answers on " + address + " and no database is configured; outside demo mode "
				+ "(PORTAL_DEMO_ENABLED=false) the portal does not start an embedded one");
		this.address = address;
	}

	public String address() {
		return this.address;
	}

}
