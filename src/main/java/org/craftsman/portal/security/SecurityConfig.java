package org.craftsman.portal.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.craftsman.portal.common.web.SecurityHeaders;

import org.craftsman.portal.common.CookieSigner;
import org.craftsman.portal.common.PublicSite;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.web.filter.RelativeRedirectFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may see what: attendees read every public page anonymously, staff read the
 * dashboard, organizers also edit everything under /admin. Logins are throttled, the
 * session id changes at login and the session ends at logout; every state change needs
 * the CSRF token, bound to the login, except an anonymous like, which must come from the
 * portal's own pages; anonymous visitors get no session at all; redirects are relative,
 * never built from the request's Host; responses carry a strict content security policy,
 * and over HTTPS Secure cookies and HSTS.
 */
@Configuration
public class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

	static final String PERMISSIONS_POLICY = SecurityHeaders.PERMISSIONS_POLICY;

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle, CookieSigner signer, PublicSite site,
			@Value("${management.server.port:-1}") int managementPort, @Value("${server.port:8080}") int serverPort)
			throws Exception {
		SignedCookieRequestCache loginTargets = new SignedCookieRequestCache(signer);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(managementPort(managementPort, serverPort))
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ORGANIZER.name())
			.requestMatchers("/dashboard/**", "/api/stats/breakdown/**")
			.hasAnyRole(Role.STAFF.name(), Role.ORGANIZER.name())
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.ORGANIZER.name())
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(successHandler(throttle, loginTargets))
				.failureHandler(failureHandler())
				.permitAll())
			.requestCache((cache) -> cache.requestCache(loginTargets))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(loginPage()))
			.addFilterBefore(relativeRedirects(), DisableEncodeUrlFilter.class)
			.addFilterBefore(new SecureCookiesFilter(), DisableEncodeUrlFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new CrossSiteRequests(site), CsrfFilter.class)
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?loggedOut")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("SESSION"))
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionBoundCsrfTokenRepository(signer))
				.ignoringRequestMatchers(CrossSiteRequests.TOKEN_FREE)
				.csrfTokenRequestHandler(new FormOrHeaderCsrfTokenRequestHandler()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny())
				.contentTypeOptions((options) -> {
				})
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	/**
	 * Requests to the actuator's own port, when {@code management.server.port} gives it
	 * one apart from the portal's: that port is meant for the monitoring network only
	 * (bind it with {@code management.server.address}), where Prometheus scrapes without
	 * signing in. Without it, the metrics are for organizers.
	 */
	private static RequestMatcher managementPort(int managementPort, int serverPort) {
		boolean separate = managementPort > 0 && managementPort != serverPort;
		return (request) -> separate && request.getLocalPort() == managementPort;
	}

	/**
	 * Redirects keep the relative address they were given: Tomcat would otherwise prefix
	 * the request's Host for HTTP/1.0 clients.
	 */
	private static RelativeRedirectFilter relativeRedirects() {
		RelativeRedirectFilter filter = new RelativeRedirectFilter();
		filter.setRedirectStatus(HttpStatus.FOUND);
		return filter;
	}

	/** Relative, so that a forged Host header never names where the browser goes. */
	private static LoginUrlAuthenticationEntryPoint loginPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	private static SavedRequestAwareAuthenticationSuccessHandler successHandler(LoginThrottle throttle,
			RequestCache loginTargets) {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				throttle.recordSuccess(request.getParameter("username"), request.getRemoteAddr());
				loginTargets.removeRequest(request, response);
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setRequestCache(loginTargets);
		return handler;
	}

	/** The attempt was counted as a failure before the password was checked. */
	private static SimpleUrlAuthenticationFailureHandler failureHandler() {
		SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
		handler.setAllowSessionCreation(false);
		return handler;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
