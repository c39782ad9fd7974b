package org.permanence.payroll;

import java.time.YearMonth;
import java.util.List;

/** A payroll month's status and its audit trail, oldest event first. */
public record MonthState(YearMonth month, MonthStatus status, List<MonthEvent> events) {

    /** Exports are final once the month is confirmed for the whole helpline or closed. */
    public boolean provisional() {
        return status == MonthStatus.OPEN;
    }
}
