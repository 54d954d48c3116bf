package org.craftsman.portal.security;

import org.craftsman.portal.common.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates the accounts a fresh database needs: the demo accounts in demo mode, otherwise
 * the first organizer named by the environment. No account exists by default outside demo
 * mode.
 */
@Service
public class AccountProvisioner {

	private static final Logger log = LoggerFactory.getLogger(AccountProvisioner.class);

	private final PortalUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PortalProperties properties;

	AccountProvisioner(PortalUserRepository users, PasswordEncoder passwordEncoder, PortalProperties properties) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	@Transactional
	public void provision() {
		if (this.properties.demo().enabled()) {
			createIfMissing("organizer", "demo-organizer", Role.ORGANIZER, "演示组织者");
			createIfMissing("staff", "demo-staff", Role.STAFF, "演示工作人员");
		}
		PortalProperties.Admin admin = this.properties.admin();
		if (StringUtils.hasText(admin.username()) && StringUtils.hasText(admin.password())) {
			createIfMissing(admin.username(), admin.password(), Role.ORGANIZER, admin.username());
		}
		else if (!this.users.existsByRole(Role.ORGANIZER)) {
			log.warn("No organizer account exists: set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD to create one");
		}
	}

	private void createIfMissing(String username, String password, Role role, String displayName) {
		if (this.users.findByUsername(username).isEmpty()) {
			this.users.save(new PortalUser(username, this.passwordEncoder.encode(password), role, displayName));
			log.info("Created {} account '{}'", role, username);
		}
	}

}
