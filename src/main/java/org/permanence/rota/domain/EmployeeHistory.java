package org.permanence.rota.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an employee worked before the rota period, so rules that look back (rest, weekly and 12-week limits,
 * consecutive days) hold across the period start.
 *
 * @param workedMinutesByWeek minutes worked before the period, per civil week (key: the week's Monday)
 * @param workedDaysByWeek    days worked before the period, per civil week (key: the week's Monday)
 * @param lastShiftEnd        end of the last shift before the period, or {@code null}
 * @param trailingWorkingDays consecutive working days ending the day before the period starts
 */
public record EmployeeHistory(Map<LocalDate, Integer> workedMinutesByWeek, Map<LocalDate, Integer> workedDaysByWeek,
                              Instant lastShiftEnd, int trailingWorkingDays) {

    private static final EmployeeHistory NONE = new EmployeeHistory(Map.of(), Map.of(), null, 0);

    public EmployeeHistory {
        workedMinutesByWeek = Map.copyOf(workedMinutesByWeek);
        workedDaysByWeek = Map.copyOf(workedDaysByWeek);
        for (LocalDate monday : workedMinutesByWeek.keySet()) {
            if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new IllegalArgumentException("History weeks are keyed by their Monday: " + monday);
            }
        }
    }

    public static EmployeeHistory none() {
        return NONE;
    }

    public int workedMinutesInWeek(LocalDate monday) {
        return workedMinutesByWeek.getOrDefault(monday, 0);
    }

    public int workedDaysInWeek(LocalDate monday) {
        return workedDaysByWeek.getOrDefault(monday, 0);
    }
}
