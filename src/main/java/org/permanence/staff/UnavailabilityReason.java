package org.permanence.staff;

/** Why an employee is unavailable; payroll reports absences by reason. */
public enum UnavailabilityReason {
    PAID_LEAVE, SICKNESS, TRAINING, OTHER
}
