package org.craftsman.portal.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService {

	private final PortalUserRepository users;

	PortalUserDetailsService(PortalUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (username == null || username.chars().anyMatch(Character::isISOControl)) {
			throw new UsernameNotFoundException("No such account");
		}
		PortalUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.build();
	}

}
