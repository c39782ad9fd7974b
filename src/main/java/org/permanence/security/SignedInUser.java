package org.permanence.security;

import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The security principal: a Spring {@link User} that also knows its employee. */
class SignedInUser extends User {

    private final Set<Role> roles;
    private final Long employeeId;

    SignedInUser(UserAccount account) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
                account.roleSet().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.roles = Set.copyOf(account.roleSet());
        this.employeeId = account.getEmployeeId();
    }

    Set<Role> roles() {
        return roles;
    }

    Long employeeId() {
        return employeeId;
    }
}
