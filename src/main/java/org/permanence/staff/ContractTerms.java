package org.permanence.staff;

/** A contract's contracted weekly minutes and working-time rules. */
public record ContractTerms(long id, String name, int weeklyMinutes, WorkingTimeRules rules) {
}
