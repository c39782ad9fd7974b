package org.permanence.rota.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an employee worked before the rota period, so rules that look back (rest, weekly and 12-week limits,
 * consecutive days) hold across the period start.
 *
 * @param workedMinutesByWeek minutes of the shifts started before the period, per civil week they fall in (key: the
 *                            week's Monday): a night before the period's first day counts its minutes after midnight
 *                            in that day's week
 * @param workedDaysByWeek    days worked before the period, per civil week (key: the week's Monday)
 * @param nightShiftsByWeek   night shifts started before the period, per civil week of their start (key: the week's
 *                            Monday), which may make the employee a night worker
 * @param lastShiftEnd        end of the last shift before the period, or {@code null}
 * @param trailingWorkingDays consecutive working days ending the day before the period starts
 * @param minutesOnFirstDay   minutes of those shifts that fall on the period's first civil day (after midnight)
 * @param knownDaysBeforePeriod days of the period's first civil week before its first day whose work the history
 *                            knows: planned by a published rota, or before the employment began (nothing worked);
 *                            the other days of a week the period cuts were planned elsewhere
 * @param nextShiftStart      start of the employee's first shift published after the period (by the rota that
 *                            follows it), or {@code null}: the rest before it must hold across the period's end
 * @param shiftBeforePeriod   the shift published on the day before the period's first day, or {@code null}: a
 *                            forbidden succession must hold across the period's start
 * @param shiftAfterPeriod    the shift published on the day after the period's last day, or {@code null}: a
 *                            forbidden succession must hold across the period's end
 */
public record EmployeeHistory(Map<LocalDate, Integer> workedMinutesByWeek, Map<LocalDate, Integer> workedDaysByWeek,
                              Map<LocalDate, Integer> nightShiftsByWeek, Instant lastShiftEnd, int trailingWorkingDays,
                              int minutesOnFirstDay, int knownDaysBeforePeriod, Instant nextShiftStart,
                              NeighbouringShift shiftBeforePeriod, NeighbouringShift shiftAfterPeriod) {

    /** A published shift of another rota next to the period: its date and its template's shift type. */
    public record NeighbouringShift(LocalDate date, ShiftType shiftType) {
    }

    private static final EmployeeHistory NONE = new EmployeeHistory(Map.of(), Map.of(), Map.of(), null, 0, 0, 0, null);

    /** A history without published shifts on the days next to the period. */
    public EmployeeHistory(Map<LocalDate, Integer> workedMinutesByWeek, Map<LocalDate, Integer> workedDaysByWeek,
                           Map<LocalDate, Integer> nightShiftsByWeek, Instant lastShiftEnd, int trailingWorkingDays,
                           int minutesOnFirstDay, int knownDaysBeforePeriod, Instant nextShiftStart) {
        this(workedMinutesByWeek, workedDaysByWeek, nightShiftsByWeek, lastShiftEnd, trailingWorkingDays,
                minutesOnFirstDay, knownDaysBeforePeriod, nextShiftStart, null, null);
    }

    /**
     * A history without night shifts, with nothing worked on the period's first day and no day of its first week
     * before it known.
     */
    public EmployeeHistory(Map<LocalDate, Integer> workedMinutesByWeek, Map<LocalDate, Integer> workedDaysByWeek,
                           Instant lastShiftEnd, int trailingWorkingDays) {
        this(workedMinutesByWeek, workedDaysByWeek, Map.of(), lastShiftEnd, trailingWorkingDays, 0, 0, null);
    }

    public EmployeeHistory {
        if (knownDaysBeforePeriod < 0 || knownDaysBeforePeriod > 6) {
            throw new IllegalArgumentException("A civil week has 0 to 6 days before the period: " + knownDaysBeforePeriod);
        }
        workedMinutesByWeek = Map.copyOf(workedMinutesByWeek);
        workedDaysByWeek = Map.copyOf(workedDaysByWeek);
        nightShiftsByWeek = Map.copyOf(nightShiftsByWeek);
        for (LocalDate monday : workedMinutesByWeek.keySet()) {
            if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new IllegalArgumentException("History weeks are keyed by their Monday: " + monday);
            }
        }
    }

    public static EmployeeHistory none() {
        return NONE;
    }

    /** Nothing worked before the period, and {@code knownDays} days of its first week known to be so. */
    public static EmployeeHistory none(int knownDays) {
        return knownDays == 0 ? NONE : new EmployeeHistory(Map.of(), Map.of(), Map.of(), null, 0, 0, knownDays, null);
    }

    /** This history with the first shift published after the period starting at {@code start}. */
    public EmployeeHistory withNextShiftStart(Instant start) {
        return new EmployeeHistory(workedMinutesByWeek, workedDaysByWeek, nightShiftsByWeek, lastShiftEnd,
                trailingWorkingDays, minutesOnFirstDay, knownDaysBeforePeriod, start, shiftBeforePeriod,
                shiftAfterPeriod);
    }

    /** This history with the shifts published on the days just before and just after the period. */
    public EmployeeHistory withNeighbouringShifts(NeighbouringShift before, NeighbouringShift after) {
        return new EmployeeHistory(workedMinutesByWeek, workedDaysByWeek, nightShiftsByWeek, lastShiftEnd,
                trailingWorkingDays, minutesOnFirstDay, knownDaysBeforePeriod, nextShiftStart, before, after);
    }

    /** Whether the shift published the day before the period forbids {@code firstDayShift} on its first day. */
    public boolean forbidsOnFirstDay(LocalDate date, ShiftType firstDayShift) {
        return shiftBeforePeriod != null && shiftBeforePeriod.date().plusDays(1).equals(date)
                && shiftBeforePeriod.shiftType().forbidsOnNextDay(firstDayShift);
    }

    /** Whether {@code lastDayShift}, worked on {@code date}, forbids the shift published on the next day. */
    public boolean forbiddenAfter(LocalDate date, ShiftType lastDayShift) {
        return shiftAfterPeriod != null && date.plusDays(1).equals(shiftAfterPeriod.date())
                && lastDayShift.forbidsOnNextDay(shiftAfterPeriod.shiftType());
    }

    public int workedMinutesInWeek(LocalDate monday) {
        return workedMinutesByWeek.getOrDefault(monday, 0);
    }

    public int workedDaysInWeek(LocalDate monday) {
        return workedDaysByWeek.getOrDefault(monday, 0);
    }

    public int nightShiftsInWeek(LocalDate monday) {
        return nightShiftsByWeek.getOrDefault(monday, 0);
    }

    /** The most night shifts of one civil week before the period. */
    public int mostNightShiftsInAWeek() {
        return nightShiftsByWeek.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
