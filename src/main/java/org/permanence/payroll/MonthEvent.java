package org.permanence.payroll;

import java.time.Instant;

/**
 * One change of a payroll month's state: CONFIRMED (for the whole helpline, or for one team when {@code skillId} is
 * set), CLOSED, REOPENED (with the ADMIN's reason), or UNCONFIRMED (an entry of a confirmed month changed).
 */
public record MonthEvent(String action, Long skillId, String actor, Instant at, String reason) {
}
