package org.permanence.payroll.rules;

import java.time.Instant;
import java.util.Objects;

/** One stretch of an employee's actual time (a confirmed shift, extra work, or an absence), in real instants. */
public record TimePeriod(Instant start, Instant end, TimeKind kind) {

    public TimePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a time period must end after it starts: " + start + " - " + end);
        }
    }

    public static TimePeriod worked(Instant start, Instant end) {
        return new TimePeriod(start, end, TimeKind.WORKED);
    }
}
