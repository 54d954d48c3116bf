package org.craftsman.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.craftsman.portal.common.AuditedEntity;

/**
 * An organizer or staff account. The password is stored as a BCrypt hash only.
 */
@Entity
@Table(name = "portal_users")
public class PortalUser extends AuditedEntity {

	@Column(nullable = false)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "display_name")
	private String displayName;

	@Column(nullable = false)
	private boolean enabled = true;

	protected PortalUser() {
	}

	public PortalUser(String username, String passwordHash, Role role, String displayName) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.displayName = displayName;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
