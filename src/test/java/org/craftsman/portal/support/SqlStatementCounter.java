package org.craftsman.portal.support;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements a request makes. Import it into an {@link IntegrationTest}
 * and send a request with the header {@value #HEADER} set to a name of your choice; then
 * {@link #statements(String)} lists the SQL that request ran.
 * <p>
 * The application's data source is replaced by a Hikari pool whose connections note every
 * statement executed while a request carrying the header is being served, on that
 * request's thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

	public static final String HEADER = "X-Count-Sql";

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private static final Map<String, List<String>> STATEMENTS = new ConcurrentHashMap<>();

	/** The statements the request tagged {@code tag} executed, in order. */
	public static List<String> statements(String tag) {
		return List.copyOf(STATEMENTS.getOrDefault(tag, List.of()));
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	CountingDataSource dataSource(DataSourceProperties properties) {
		return properties.initializeDataSourceBuilder().type(CountingDataSource.class).build();
	}

	@Bean
	FilterRegistrationBean<Filter> sqlCountingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new TaggingFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** A Hikari pool whose connections report the statements they execute. */
	public static class CountingDataSource extends HikariDataSource {

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

	}

	private static Connection counting(Connection connection) {
		return (Connection) proxy(Connection.class, connection, (method, args, result) -> {
			if (result instanceof Statement statement && !(result instanceof CallableStatement)) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : null;
				Class<? extends Statement> type = (result instanceof PreparedStatement) ? PreparedStatement.class
						: Statement.class;
				return countingStatement(type, statement, sql);
			}
			return result;
		});
	}

	private static Statement countingStatement(Class<? extends Statement> type, Statement statement,
			String preparedSql) {
		return (Statement) proxy(type, statement, (method, args, result) -> result, (method, args) -> {
			String tag = CURRENT.get();
			if (tag != null && method.getName().startsWith("execute")) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : preparedSql;
				STATEMENTS.computeIfAbsent(tag, (t) -> new CopyOnWriteArrayList<>()).add(String.valueOf(sql).strip());
			}
		});
	}

	private static Object proxy(Class<?> type, Object target, AfterCall after) {
		return proxy(type, target, after, (method, args) -> {
		});
	}

	private static Object proxy(Class<?> type, Object target, AfterCall after, BeforeCall before) {
		InvocationHandler handler = (self, method, args) -> {
			if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
				return method.invoke(target, args);
			}
			before.call(method, args);
			try {
				return after.call(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private interface AfterCall {

		Object call(Method method, Object[] args, Object result) throws Throwable;

	}

	private interface BeforeCall {

		void call(Method method, Object[] args);

	}

	/** Notes which requests are counted, for the thread that serves them. */
	private static final class TaggingFilter implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			String tag = ((HttpServletRequest) request).getHeader(HEADER);
			if (tag == null) {
				chain.doFilter(request, response);
				return;
			}
			STATEMENTS.remove(tag);
			CURRENT.set(tag);
			try {
				chain.doFilter(request, response);
			}
			finally {
				CURRENT.remove();
			}
		}

	}

}
