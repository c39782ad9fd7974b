package org.permanence.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("app_user")
class UserAccount {

    @Id
    private Long id;
    @Version
    private Long version;
    private String username;
    private String passwordHash;
    private Long employeeId;
    private boolean enabled;
    @MappedCollection(idColumn = "app_user_id")
    private Set<UserRole> roles;

    UserAccount(String username, String passwordHash, Long employeeId, boolean enabled, Set<UserRole> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.employeeId = employeeId;
        this.enabled = enabled;
        this.roles = roles;
    }

    static UserAccount create(String username, String passwordHash, Set<Role> roles, Long employeeId) {
        return new UserAccount(username, passwordHash, employeeId, true,
                roles.stream().map(UserRole::new).collect(Collectors.toSet()));
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Long getEmployeeId() {
        return employeeId;
    }

    boolean isEnabled() {
        return enabled;
    }

    Long getVersion() {
        return version;
    }

    void change(Set<Role> newRoles, Long newEmployeeId, boolean nowEnabled) {
        roles = newRoles.stream().map(UserRole::new).collect(Collectors.toSet());
        employeeId = newEmployeeId;
        enabled = nowEnabled;
    }

    void changePasswordHash(String newPasswordHash) {
        passwordHash = newPasswordHash;
    }

    /** The version the client read: a stale one fails the save (optimistic locking). */
    void expectVersion(Long expected) {
        version = expected;
    }

    Set<Role> roleSet() {
        return roles.stream().map(UserRole::role).collect(Collectors.toSet());
    }
}
