package org.permanence.staff;

/** Whether an employee cannot, would rather not, or would like to work during a time range. */
public enum AvailabilityKind {
    UNAVAILABLE, UNDESIRED, DESIRED
}
