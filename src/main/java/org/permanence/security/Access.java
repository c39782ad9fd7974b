package org.permanence.security;

/**
 * The access rules, as {@code @PreAuthorize} expressions. Every controller method carries one of these, so
 * who may do what is readable in one place.
 */
public final class Access {

    /** Edit staff, demand and rota data. */
    public static final String PLANNING_WRITE = "hasAnyRole('ADMIN','PLANNER','MANAGER')";
    /** Read all staff, demand and rota data. */
    public static final String PLANNING_READ = "hasAnyRole('ADMIN','PLANNER','MANAGER','HR')";
    /** Publish rotas and read their audit history. */
    public static final String MANAGING = "hasAnyRole('ADMIN','MANAGER')";
    /** Any signed-in user; the method itself narrows employees to their own records. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private Access() {
    }
}
