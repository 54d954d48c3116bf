package org.craftsman.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what: attendees read every public page anonymously, staff read the
 * dashboard, organizers also edit everything under /admin.
 */
@Configuration
public class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
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
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?loggedOut")
				.deleteCookies("SESSION"))
			// A cookie-held token keeps anonymous attendees free of server-side sessions.
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
