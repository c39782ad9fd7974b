package org.permanence.rota.solver;

import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaCalendar;
import org.permanence.rota.domain.WorkRules;

/**
 * Collects one employee's working days and finishes with the {@link DayRun}s that a day-pattern rule may penalize:
 * working runs over the maximum (history included) or, inside the period, under the minimum or of a single day;
 * days off between two working days under the minimum or of a single day.
 * <p>
 * A working day added or removed only changes the stretches around it, so the collector rescans those (a few days)
 * instead of rebuilding every run of the employee: on a year-long period this is what keeps a move cheap.
 */
final class DayRunCollector implements UniConstraintCollector<EmployeeDay, DayRunCollector.Pattern, List<DayRun>> {

    static final class Pattern {
        private boolean[] working;
        private RotaCalendar calendar;
        private WorkRules rules;
        private int trailingHistoryDays;
        /** Runs of interest by first day (a day starts at most one stretch, working or not). */
        private final TreeMap<Integer, DayRun> runs = new TreeMap<>();

        private void init(EmployeeDay day) {
            if (working == null) {
                calendar = day.getCalendar();
                working = new boolean[calendar.getDayCount()];
                rules = day.getEmployee().getRules();
                trailingHistoryDays = day.getEmployee().getHistory().trailingWorkingDays();
            }
        }

        private void set(int dayIndex, boolean isWorking) {
            int last = working.length - 1;
            int from = stretchStart(Math.max(0, dayIndex - 1));
            int to = stretchEnd(Math.min(last, dayIndex + 1));
            runs.subMap(from, true, to, true).clear();
            working[dayIndex] = isWorking;
            // from and to stay stretch boundaries: the days on their outer side did not change.
            int start = from;
            while (start <= to) {
                int end = stretchEnd(start);
                DayRun run = new DayRun(working[start], start, end, calendar.date(start), calendar.date(end),
                        start == 0, end == last);
                if (isOfInterest(run)) {
                    runs.put(start, run);
                }
                start = end + 1;
            }
        }

        private int stretchStart(int dayIndex) {
            int start = dayIndex;
            while (start > 0 && working[start - 1] == working[dayIndex]) {
                start--;
            }
            return start;
        }

        private int stretchEnd(int dayIndex) {
            int end = dayIndex;
            while (end < working.length - 1 && working[end + 1] == working[dayIndex]) {
                end++;
            }
            return end;
        }

        private boolean isOfInterest(DayRun run) {
            if (run.working()) {
                int withHistory = run.length() + (run.touchesStart() ? trailingHistoryDays : 0);
                return withHistory > rules.maxConsecutiveWorkingDays()
                        || run.isInsidePeriod() && (run.length() == 1 || run.length() < rules.minConsecutiveWorkingDays());
            }
            return run.isInsidePeriod()
                    && (run.length() == 1 || run.length() < rules.minConsecutiveDaysOff());
        }
    }

    @Override
    public Supplier<Pattern> supplier() {
        return Pattern::new;
    }

    @Override
    public BiFunction<Pattern, EmployeeDay, Runnable> accumulator() {
        return (pattern, day) -> {
            pattern.init(day);
            int dayIndex = day.getDayIndex();
            pattern.set(dayIndex, true);
            return () -> pattern.set(dayIndex, false);
        };
    }

    @Override
    public Function<Pattern, List<DayRun>> finisher() {
        return pattern -> List.copyOf(pattern.runs.values());
    }
}
