package org.permanence.payroll.export;

import org.permanence.payroll.rules.PayItem;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How an amount is shown: hours with two decimals (rounded half up) for minutes, a whole number for counts. */
final class Quantities {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private Quantities() {
    }

    static BigDecimal quantity(PayItem item, long amount) {
        if (item.unit() == PayItem.Unit.COUNT) {
            return BigDecimal.valueOf(amount);
        }
        return BigDecimal.valueOf(amount).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** Exact hours for a spreadsheet cell, which displays them with two decimals. */
    static double cellValue(PayItem item, long amount) {
        return item.unit() == PayItem.Unit.COUNT ? amount : amount / 60.0;
    }
}
