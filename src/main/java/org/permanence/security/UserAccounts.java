package org.permanence.security;

import org.permanence.system.ConflictException;
import org.permanence.system.FieldError;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in accounts: who may sign in, with which roles, linked to which employee. Passwords are stored only as BCrypt
 * hashes; one set over the API has at least {@code permanence.security.min-password-length} characters, not all
 * spaces, and at most the 72 bytes BCrypt reads. The last enabled ADMIN cannot be removed, disabled or demoted, so
 * the helpline always has someone to manage accounts. Every change is logged with who made it (never a password).
 */
@Service
public class UserAccounts {

    private static final String RESOURCE = "User";
    /** BCrypt reads no more of a password, and Spring Security's encoder refuses a longer one. */
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    /** An account as it is shown: never its password hash. */
    public record Account(String username, Set<Role> roles, Long employeeId, boolean enabled, long version) {
    }

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final KnownEmployees employees;
    private final SecurityProperties properties;
    private final CurrentUser currentUser;
    private final CalendarFeeds calendarFeeds;

    UserAccounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, KnownEmployees employees,
            SecurityProperties properties, CurrentUser currentUser, CalendarFeeds calendarFeeds) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.employees = employees;
        this.properties = properties;
        this.currentUser = currentUser;
        this.calendarFeeds = calendarFeeds;
    }

    /**
     * For start-up and demo data, unchecked.
     *
     * @param employeeId the employee this account belongs to, or null; an EMPLOYEE sees only that employee's records
     */
    @Transactional
    public void create(String username, String rawPassword, Set<Role> roles, Long employeeId) {
        requireFree(username);
        repository.save(UserAccount.create(username, passwordEncoder.encode(rawPassword), roles, employeeId));
    }

    /** A new account, its roles and employee checked (422), its name free (409) and its password long enough. */
    @Transactional
    public Account add(String username, String rawPassword, Set<Role> roles, Long employeeId, Boolean enabled) {
        List<FieldError> errors = new ArrayList<>(checkRolesAndEmployee(roles, employeeId));
        checkPassword("password", rawPassword).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        requireFree(username);
        UserAccount account = UserAccount.create(username, passwordEncoder.encode(rawPassword), roles, employeeId);
        account.change(roles, employeeId, !Boolean.FALSE.equals(enabled));
        log.info("Account {} created by {}: roles {}, employee {}", username, actor(), roles, employeeId);
        return view(repository.save(account));
    }

    /** The accounts linked to the employee: they sign in as that employee. */
    @Transactional(readOnly = true)
    public List<String> usernamesLinkedTo(long employeeId) {
        return repository.findByEmployeeIdOrderByUsername(employeeId).stream().map(UserAccount::getUsername).toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    public List<Account> list() {
        return repository.findAll().stream().map(UserAccounts::view)
                .sorted(Comparator.comparing(Account::username)).toList();
    }

    @Transactional(readOnly = true)
    public Account get(String username) {
        return view(find(username));
    }

    /**
     * Changes an account's roles, employee and whether it may sign in; {@code expectedVersion} as read. Linking it to
     * another employee revokes its calendar link, which would otherwise show that employee's shifts to whoever
     * subscribed to it.
     */
    @Transactional
    public Account update(String username, Set<Role> roles, Long employeeId, boolean enabled, Long expectedVersion) {
        UserAccount account = find(username);
        StaleVersionException.check(RESOURCE, username, expectedVersion, account.getVersion());
        List<FieldError> errors = checkRolesAndEmployee(roles, employeeId);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if ((!enabled || !roles.contains(Role.ADMIN)) && isLastEnabledAdmin(account)) {
            throw new ConflictException("roles", "is the last enabled ADMIN account; give another account ADMIN first");
        }
        if (!Objects.equals(account.getEmployeeId(), employeeId)) {
            calendarFeeds.revokeOf(account.getId());
        }
        account.change(roles, employeeId, enabled);
        log.info("Account {} changed by {}: roles {}, employee {}, enabled {}", username, actor(), roles, employeeId,
                enabled);
        return view(save(account, expectedVersion));
    }

    /**
     * An ADMIN sets someone's password (a forgotten one, or an account in other hands): the account signs in with it
     * from the next request, and its calendar link stops working.
     */
    @Transactional
    public void resetPassword(String username, String rawPassword) {
        UserAccount account = find(username);
        checkPassword("password", rawPassword).ifPresent(error -> {
            throw new InvalidRequestException(List.of(error));
        });
        account.changePasswordHash(passwordEncoder.encode(rawPassword));
        repository.save(account);
        calendarFeeds.revokeOf(account.getId());
        log.info("Password of account {} reset by {}", username, actor());
    }

    /** The signed-in user changes their own password, proving the current one (422 naming it otherwise). */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = find(username);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidRequestException("currentPassword", "is not the account's password");
        }
        checkPassword("newPassword", newPassword).ifPresent(error -> {
            throw new InvalidRequestException(List.of(error));
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        repository.save(account);
    }

    /** Removes an account; not the caller's own, nor the last enabled ADMIN (409). */
    @Transactional
    public void delete(String username, String caller) {
        UserAccount account = find(username);
        if (username.equals(caller)) {
            throw new ConflictException("username", "is the account making this request; another ADMIN removes it");
        }
        if (isLastEnabledAdmin(account)) {
            throw new ConflictException("username", "is the last enabled ADMIN account");
        }
        repository.delete(account);
        log.info("Account {} removed by {}", username, caller);
    }

    /** The signed-in user's account. */
    @Transactional(readOnly = true)
    public Account current() {
        return get(currentUser.username());
    }

    private String actor() {
        return currentUser.usernameOrSystem();
    }

    private void requireFree(String username) {
        if (repository.existsByUsername(username)) {
            throw new ConflictException("username", "is already taken");
        }
    }

    private UserAccount find(String username) {
        return repository.findByUsername(username).orElseThrow(() -> new NotFoundException(RESOURCE, username));
    }

    private UserAccount save(UserAccount account, Long expectedVersion) {
        account.expectVersion(expectedVersion);
        try {
            return repository.save(account);
        } catch (OptimisticLockingFailureException stale) {
            throw new StaleVersionException(RESOURCE, account.getUsername(),
                    find(account.getUsername()).getVersion());
        }
    }

    private boolean isLastEnabledAdmin(UserAccount account) {
        return account.isEnabled() && account.roleSet().contains(Role.ADMIN) && repository.lockEnabledAdmins() == 1;
    }

    private List<FieldError> checkRolesAndEmployee(Set<Role> roles, Long employeeId) {
        List<FieldError> errors = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "give at least one role"));
        } else if (roles.contains(Role.EMPLOYEE) && employeeId == null) {
            errors.add(new FieldError("employeeId",
                    "is required for the EMPLOYEE role: it reads that employee's records"));
        }
        if (employeeId != null && !employees.exists(employeeId)) {
            errors.add(new FieldError("employeeId", "no employee " + employeeId));
        }
        return errors;
    }

    private Optional<FieldError> checkPassword(String field, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < properties.minPasswordLength()) {
            return Optional.of(new FieldError(field, "must have at least " + properties.minPasswordLength()
                    + " characters (permanence.security.min-password-length)"));
        }
        if (rawPassword.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of(new FieldError(field, "must not be only spaces"));
        }
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of(new FieldError(field, "must have at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8 (as many letters without accents, half as many accented ones)"));
        }
        return Optional.empty();
    }

    private static Account view(UserAccount account) {
        return new Account(account.getUsername(), Set.copyOf(account.roleSet()), account.getEmployeeId(),
                account.isEnabled(), account.getVersion());
    }
}
