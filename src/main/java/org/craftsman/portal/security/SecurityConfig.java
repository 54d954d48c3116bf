package org.craftsman.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.craftsman.portal.common.web.SecurityHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may see what: attendees read every public page anonymously, staff read the
 * dashboard, organizers also edit everything under /admin. Logins are throttled, the
 * session id changes at login and the session ends at logout; every state change needs
 * the CSRF token; responses carry a strict content security policy.
 */
@Configuration
public class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	static final String PERMISSIONS_POLICY = SecurityHeaders.PERMISSIONS_POLICY;

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
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
				.successHandler(successHandler(throttle))
				.failureHandler(failureHandler(throttle))
				.permitAll())
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?loggedOut")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("SESSION"))
			// A cookie-held token keeps anonymous attendees free of server-side sessions.
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny())
				.contentTypeOptions((options) -> {
				})
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Lax"));
		return tokens;
	}

	private static SavedRequestAwareAuthenticationSuccessHandler successHandler(LoginThrottle throttle) {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				throttle.recordSuccess(authentication.getName(), request.getRemoteAddr());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	private static SimpleUrlAuthenticationFailureHandler failureHandler(LoginThrottle throttle) {
		return new SimpleUrlAuthenticationFailureHandler("/login?error") {
			@Override
			public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) throws IOException, ServletException {
				throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
				super.onAuthenticationFailure(request, response, exception);
			}
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
