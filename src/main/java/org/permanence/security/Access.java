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
    /** Payroll figures, exports and rule sets: read by HR and ADMIN only. */
    public static final String PAYROLL_READ = "hasAnyRole('ADMIN','HR')";
    /** Change payroll rule sets, reopen a closed payroll month. */
    public static final String PAYROLL_ADMIN = "hasRole('ADMIN')";
    /** Record actual time (import from published shifts, adjust, add, delete time entries). */
    public static final String TIME_ENTRY_WRITE = "hasAnyRole('ADMIN','MANAGER','HR')";
    /** Confirm a payroll month (for the whole helpline or a team). */
    public static final String PAYROLL_CONFIRM = "hasAnyRole('ADMIN','MANAGER')";
    /** Close a payroll month. */
    public static final String PAYROLL_CLOSE = "hasAnyRole('ADMIN','HR')";
    /** Solve rotas and change their constraint weights. */
    public static final String ROTA_SOLVE = "hasAnyRole('ADMIN','PLANNER')";
    /** Follow solves, read analyses and constraint weights of rotas. */
    public static final String ROTA_SOLVE_READ = "hasAnyRole('ADMIN','PLANNER','MANAGER')";
    /** Publish rotas and read their audit history. */
    public static final String MANAGING = "hasAnyRole('ADMIN','MANAGER')";
    /** Manage sign-in accounts: create, change roles and employee links, reset passwords, remove. */
    public static final String ACCOUNT_ADMIN = "hasRole('ADMIN')";
    /** Any signed-in user; the method itself narrows employees to their own records. */
    public static final String SIGNED_IN = "isAuthenticated()";
    /** No sign-in: the secret in the URL is the credential ({@link CalendarFeeds}). */
    public static final String SECRET_LINK = "permitAll()";

    private Access() {
    }
}
