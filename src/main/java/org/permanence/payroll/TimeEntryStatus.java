package org.permanence.payroll;

/**
 * Where a time entry comes from. PLANNED: imported from a published shift, not yet confirmed. CONFIRMED: worked as
 * planned (saved unchanged, or confirmed with its month). ADJUSTED: imported, then changed (times, or replaced by an
 * absence). ADDED: entered by hand (extra work, absence).
 */
public enum TimeEntryStatus {
    PLANNED, CONFIRMED, ADJUSTED, ADDED
}
