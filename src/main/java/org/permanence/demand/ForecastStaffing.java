package org.permanence.demand;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Derives staffing needs from a call forecast: Erlang C per interval, then consecutive intervals that need the same
 * number of people merge into one staffing need row.
 *
 * @param interval           length of each forecast interval
 * @param serviceLevelTarget share of calls to answer within {@code answerThreshold}
 * @param shrinkage          share of scheduled time not spent on the phones
 */
public record ForecastStaffing(Duration interval, double serviceLevelTarget, Duration answerThreshold,
        double shrinkage) {

    public List<IntervalStaffing> estimate(List<ForecastInterval> forecast) {
        return forecast.stream()
                .sorted(Comparator.comparing(ForecastInterval::start))
                .map(entry -> new IntervalStaffing(entry.start(), entry.start().plus(interval),
                        ErlangC.estimate(new CallForecast(entry.calls(), entry.averageHandlingTime(), interval,
                                serviceLevelTarget, answerThreshold, shrinkage))))
                .toList();
    }

    /** Weekly pattern rows for {@code days}, one per run of equal scheduled counts; intervals needing nobody are left out. */
    public static List<StaffingNeed> weeklyNeeds(long skillId, DayPattern days, List<IntervalStaffing> staffing) {
        return runs(staffing).stream()
                .map(run -> StaffingNeed.weekly(skillId, days, run.start(), run.end(), run.estimate().scheduled()))
                .toList();
    }

    /** Rows for one date, one per run of equal scheduled counts; intervals needing nobody are left out. */
    public static List<StaffingNeed> dateNeeds(long skillId, LocalDate date, List<IntervalStaffing> staffing) {
        return runs(staffing).stream()
                .map(run -> StaffingNeed.onDate(skillId, date, run.start(), run.end(), run.estimate().scheduled()))
                .toList();
    }

    private static List<IntervalStaffing> runs(List<IntervalStaffing> staffing) {
        List<IntervalStaffing> runs = new ArrayList<>();
        for (IntervalStaffing next : staffing) {
            if (next.estimate().scheduled() == 0) {
                continue;
            }
            IntervalStaffing last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.end().equals(next.start())
                    && last.estimate().scheduled() == next.estimate().scheduled()) {
                runs.set(runs.size() - 1, new IntervalStaffing(last.start(), next.end(), last.estimate()));
            } else {
                runs.add(next);
            }
        }
        return runs;
    }
}
