package org.permanence.payroll;

/**
 * OPEN: entries change freely, exports are provisional. CONFIRMED: a manager confirmed the whole helpline's month;
 * exports are final; changing an entry puts the month back to OPEN. CLOSED: HR closed it; its entries cannot change
 * until an ADMIN reopens it.
 */
public enum MonthStatus {
    OPEN, CONFIRMED, CLOSED
}
