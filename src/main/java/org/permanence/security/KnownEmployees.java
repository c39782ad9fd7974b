package org.permanence.security;

/**
 * Whether an employee record exists, for linking an account to it. Staff records are a later feature than
 * security, which therefore asks through this interface; {@code staff} implements it.
 */
public interface KnownEmployees {

    boolean exists(long employeeId);
}
