package org.permanence.payroll.rules;

/** What a period of an employee's time was: worked, or an absence of a given kind. */
public enum TimeKind {
    WORKED,
    PAID_LEAVE,
    SICKNESS,
    TRAINING,
    UNPAID,
    OTHER;

    public boolean isAbsence() {
        return this != WORKED;
    }
}
