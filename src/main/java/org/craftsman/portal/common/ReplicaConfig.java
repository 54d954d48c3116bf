package org.craftsman.portal.common;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * The replica the public lists read from, when {@code spring.datasource.replica.url}
 * ({@code SPRING_DATASOURCE_REPLICA_URL}) names one: its own small Hikari pool
 * ({@code replica} in the pool metrics), not a bean, so that the primary's data source
 * stays the one Spring Boot configures. Without it every read goes to the primary.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfig {

	@Bean
	PublicReads publicReads(JdbcClient jdbc, DataSource primary, ReplicaProperties properties,
			@Value("${spring.datasource.replica.url:}") String url,
			@Value("${spring.datasource.replica.username:${spring.datasource.username:}}") String username,
			@Value("${spring.datasource.replica.password:${spring.datasource.password:}}") String password,
			@Value("${spring.datasource.replica.maximum-pool-size:12}") int poolSize,
			ObjectProvider<MeterRegistry> meters) {
		PublicReads reads = StringUtils.hasText(url)
				? new ReplicaPublicReads(jdbc, primary,
						new HikariDataSource(pool(url, username, password, poolSize, meters)), properties)
				: PublicReads.primaryOnly(jdbc);
		meters.ifAvailable((registry) -> {
			Gauge.builder("portal.replica.lag", reads, PublicReads::lagSeconds)
				.description("How long ago the primary had committed the newest change the replica has not replayed")
				.baseUnit("seconds")
				.register(registry);
			Gauge.builder("portal.replica.in.use", reads, (r) -> r.onReplica() ? 1 : 0)
				.description("1 while the public lists read from the replica, 0 while they read from the primary")
				.register(registry);
		});
		reads.start();
		return reads;
	}

	private static HikariConfig pool(String url, String username, String password, int poolSize,
			ObjectProvider<MeterRegistry> meters) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("replica");
		config.setJdbcUrl(url);
		config.setUsername(username);
		config.setPassword(password);
		config.setMaximumPoolSize(poolSize);
		config.setReadOnly(true);
		// a replica that is down must cost a page little: fail fast, go to the primary
		config.setConnectionTimeout(1000);
		config.setValidationTimeout(500);
		config.setInitializationFailTimeout(-1);
		config.addDataSourceProperty("connectTimeout", "2");
		config.addDataSourceProperty("socketTimeout", "30");
		config.addDataSourceProperty("ApplicationName", "portal-replica-reads");
		meters.ifAvailable(config::setMetricRegistry);
		return config;
	}

	/** Closes the replica's pool with the reads. */
	private static final class ReplicaPublicReads extends PublicReads {

		private final HikariDataSource replica;

		ReplicaPublicReads(JdbcClient jdbc, DataSource primary, HikariDataSource replica,
				ReplicaProperties properties) {
			super(jdbc, primary, replica, ReplicaPosition.of(replica), properties, Clock.systemUTC());
			this.replica = replica;
		}

		@Override
		public void destroy() {
			super.destroy();
			this.replica.close();
		}

	}

}
