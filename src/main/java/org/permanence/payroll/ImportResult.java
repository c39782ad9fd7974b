package org.permanence.payroll;

import java.time.YearMonth;
import java.util.List;

/** What importing a month's published shifts did: entries created, shifts already imported, shifts skipped. */
public record ImportResult(YearMonth month, int created, int alreadyImported, List<Skipped> skipped) {

    public record Skipped(long shiftId, long employeeId, String reason) {
    }
}
