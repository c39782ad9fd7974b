package org.permanence.payroll.web;

import java.time.YearMonth;
import java.util.List;

import org.permanence.payroll.MonthEvent;
import org.permanence.payroll.MonthState;
import org.permanence.payroll.MonthStatus;

/** A payroll month's status and audit trail, as returned by confirm, close and reopen. */
record MonthStateResponse(YearMonth month, MonthStatus status, boolean provisional, List<MonthEvent> events) {

    static MonthStateResponse of(MonthState state) {
        return new MonthStateResponse(state.month(), state.status(), state.provisional(), state.events());
    }
}
