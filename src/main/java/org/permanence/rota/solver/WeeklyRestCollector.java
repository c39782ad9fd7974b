package org.permanence.rota.solver;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaCalendar;
import org.permanence.rota.domain.ShiftOccurrence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects an employee's shifts touching one civil week and finishes with the longest uninterrupted rest (minutes)
 * inside that week. Time before the period counts as rest from the end of the last shift of the history; time after
 * the period counts as rest (the next rota is checked when it is planned).
 */
final class WeeklyRestCollector implements BiConstraintCollector<EmployeeDay, Integer, WeeklyRestCollector.Week, Long> {

    static final class Week {
        private final List<ShiftOccurrence> shifts = new ArrayList<>(8);
        private EmployeeDay anyDay;
        private int weekIndex;

        long longestRestMinutes() {
            RotaCalendar calendar = anyDay.getCalendar();
            long weekStart = minutes(calendar.weekStart(weekIndex));
            long weekEnd = minutes(calendar.weekStart(weekIndex + 1));
            long periodStart = minutes(calendar.periodStart());
            Instant lastShiftEnd = anyDay.getEmployee().getHistory().lastShiftEnd();
            long restStart = weekStart;
            if (weekStart < periodStart && lastShiftEnd != null) {
                restStart = Math.max(weekStart, minutes(lastShiftEnd));
            }
            shifts.sort(Comparator.comparingLong(ShiftOccurrence::startMinute));
            long longest = 0;
            for (ShiftOccurrence shift : shifts) {
                longest = Math.max(longest, shift.startMinute() - restStart);
                restStart = Math.max(restStart, shift.endMinute());
            }
            return Math.max(longest, weekEnd - restStart);
        }

        private static long minutes(Instant instant) {
            return instant.getEpochSecond() / 60;
        }
    }

    @Override
    public Supplier<Week> supplier() {
        return Week::new;
    }

    @Override
    public TriFunction<Week, EmployeeDay, Integer, Runnable> accumulator() {
        return (week, day, weekIndex) -> {
            ShiftOccurrence shift = day.getShift();
            week.shifts.add(shift);
            week.anyDay = day;
            week.weekIndex = weekIndex;
            return () -> week.shifts.remove(shift);
        };
    }

    @Override
    public Function<Week, Long> finisher() {
        return week -> week.shifts.isEmpty() ? Long.MAX_VALUE : week.longestRestMinutes();
    }
}
