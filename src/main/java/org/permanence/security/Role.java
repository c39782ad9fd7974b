package org.permanence.security;

/** What a user may do; Spring Security sees each as authority {@code ROLE_<name>}. */
public enum Role {
    ADMIN, PLANNER, MANAGER, HR, EMPLOYEE
}
