package org.permanence.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making the current request. Usable from services and from {@code @PreAuthorize} expressions as
 * {@code @currentUser}.
 */
@Component("currentUser")
public class CurrentUser {

    public static final String SYSTEM = "system";

    public String username() {
        return principal().getUsername();
    }

    /** The signed-in user's name, or "system" for work done without one (start-up jobs, background threads). */
    public String usernameOrSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.getUsername() : SYSTEM;
    }

    public Set<Role> roles() {
        return principal().roles();
    }

    /** The employee record the user is, if the account is linked to one. */
    public Optional<Long> employeeId() {
        return Optional.ofNullable(principal().employeeId());
    }

    /** The employee the signed-in account is linked to; 403 for an account that is not linked to one. */
    public long linkedEmployeeId() {
        return employeeId().orElseThrow(() -> new AccessDeniedException("This account is not linked to an employee"));
    }

    public boolean hasAnyRole(Role... roles) {
        return Arrays.stream(roles).anyMatch(roles()::contains);
    }

    /** True when the signed-in user is the given employee. */
    public boolean isEmployee(Long employeeId) {
        return employeeId != null && employeeId.equals(principal().employeeId());
    }

    /**
     * The employee whose records a list request may return: the one asked for, or — when none is asked for — everyone
     * (null) for planning roles and HR, and the user's own records for anyone else.
     *
     * @throws AccessDeniedException when the user may not read that employee's (or everyone's) records
     */
    public Long readableEmployee(Long requestedEmployeeId) {
        Long employee = requestedEmployeeId;
        if (employee == null && !hasAnyRole(Role.ADMIN, Role.PLANNER, Role.MANAGER, Role.HR)) {
            employee = employeeId().orElse(null);
        }
        checkMayRead(employee);
        return employee;
    }

    /** Allows reading one employee's records: planning roles and HR read all, anyone else only their own. */
    public void checkMayRead(Long employeeId) {
        if (!hasAnyRole(Role.ADMIN, Role.PLANNER, Role.MANAGER, Role.HR) && !isEmployee(employeeId)) {
            throw new AccessDeniedException("You may only read your own records");
        }
    }

    private SignedInUser principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            throw new AccessDeniedException("No signed-in user");
        }
        return user;
    }
}
