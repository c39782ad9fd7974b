package org.permanence.payroll.rules;

import java.time.LocalDate;

/** The civil days whose hours a month reports, first and last included (see {@link StraddlingWeekPolicy}). */
public record PayPeriod(LocalDate firstDay, LocalDate lastDay) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
