package org.craftsman.portal.common;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The replica's connections, or the primary's when the replica refuses one: a replica
 * that stopped between two lag checks costs no public page.
 */
class FallbackDataSource extends DelegatingDataSource {

	private final DataSource primary;

	private final PublicReads reads;

	FallbackDataSource(DataSource replica, DataSource primary, PublicReads reads) {
		super(replica);
		this.primary = primary;
		this.reads = reads;
	}

	@Override
	public Connection getConnection() throws SQLException {
		try {
			return obtainTargetDataSource().getConnection();
		}
		catch (SQLException ex) {
			this.reads.replicaRefused(ex);
			return this.primary.getConnection();
		}
	}

}
