package org.permanence.security.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.permanence.security.Role;
import org.permanence.security.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * Sign-in accounts, managed by ADMIN ({@code /api/users}), and every user's own password
 * ({@code /api/me/password}).
 */
@RestController
class UserAccountController {

    private final UserAccounts accounts;
    private final CurrentUser currentUser;

    UserAccountController(UserAccounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** {@code enabled} left out: the account may sign in. */
    record NewAccount(
            @NotBlank @Size(max = 100)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*",
                    message = "must start with a letter or digit and hold only letters, digits, '.', '_', '@' and '-'")
            String username,
            @NotNull @Size(max = 200) String password,
            @NotNull Set<@NotNull Role> roles,
            Long employeeId,
            Boolean enabled) {
    }

    /** An account as GET answers it may be sent back: its username is the one of the path. */
    @JsonIgnoreProperties({"username"})
    record AccountChange(@NotNull Set<@NotNull Role> roles, Long employeeId, @NotNull Boolean enabled, Long version) {
    }

    record PasswordReset(@NotNull @Size(max = 200) String password) {
    }

    record PasswordChange(@NotNull String currentPassword, @NotNull @Size(max = 200) String newPassword) {
    }

    @GetMapping("/api/users")
    @PreAuthorize(Access.ACCOUNT_ADMIN)
    List<UserAccounts.Account> list() {
        return accounts.list();
    }

    @GetMapping("/api/users/{username}")
    @PreAuthorize(Access.ACCOUNT_ADMIN)
    UserAccounts.Account get(@PathVariable String username) {
        return accounts.get(username);
    }

    @PostMapping("/api/users")
    @PreAuthorize(Access.ACCOUNT_ADMIN)
    ResponseEntity<UserAccounts.Account> create(@Valid @RequestBody NewAccount account) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.add(account.username(), account.password(),
                account.roles(), account.employeeId(), account.enabled()));
    }

    @PutMapping("/api/users/{username}")
    @PreAuthorize(Access.ACCOUNT_ADMIN)
    UserAccounts.Account update(@PathVariable String username, @Valid @RequestBody AccountChange change) {
        return accounts.update(username, change.roles(), change.employeeId(), change.enabled(), change.version());
    }

    @PutMapping("/api/users/{username}/password")
    @PreAuthorize(Access.ACCOUNT_ADMIN)
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset reset) {
        accounts.resetPassword(username, reset.password());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/users/{username}")
    @PreAuthorize(Access.ACCOUNT_ADMIN)
    ResponseEntity<Void> delete(@PathVariable String username) {
        accounts.delete(username, currentUser.username());
        return ResponseEntity.noContent().build();
    }

    /** Who is signed in: username, roles and the employee the account is linked to. */
    @GetMapping("/api/me")
    @PreAuthorize(Access.SIGNED_IN)
    UserAccounts.Account me() {
        return accounts.current();
    }

    @PutMapping("/api/me/password")
    @PreAuthorize(Access.SIGNED_IN)
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange change) {
        accounts.changeOwnPassword(currentUser.username(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
