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
    /** Solve rotas and change their constraint weights. */
    public static final String ROTA_SOLVE = "hasAnyRole('ADMIN','PLANNER')";
    /** Follow solves, read analyses and constraint weights of rotas. */
    public static final String ROTA_SOLVE_READ = "hasAnyRole('ADMIN','PLANNER','MANAGER')";
    /** Any signed-in user; the method itself narrows employees to their own records. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private Access() {
    }
}
