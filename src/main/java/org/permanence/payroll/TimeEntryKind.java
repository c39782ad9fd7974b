package org.permanence.payroll;

/** Whether a time entry is worked time or an absence (whose kind the entry then says). */
public enum TimeEntryKind {
    WORKED, ABSENCE
}
