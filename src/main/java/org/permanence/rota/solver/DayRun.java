package org.permanence.rota.solver;

import java.time.LocalDate;

/**
 * A maximal stretch of an employee's consecutive working days, or of days off between two working days.
 *
 * @param touchesStart the stretch begins on the first day of the period
 * @param touchesEnd   the stretch ends on the last day of the period
 */
record DayRun(boolean working, int firstDay, int lastDay, LocalDate firstDate, LocalDate lastDate,
              boolean touchesStart, boolean touchesEnd) {

    int length() {
        return lastDay - firstDay + 1;
    }

    boolean isInsidePeriod() {
        return !touchesStart && !touchesEnd;
    }
}
