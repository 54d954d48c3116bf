package org.craftsman.portal.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

	@Bean
	static DatabaseCreator databaseCreator(Environment environment) {
		return new DatabaseCreator(
				environment.getProperty("portal.database.create-if-missing", Boolean.class, Boolean.TRUE));
	}

}
