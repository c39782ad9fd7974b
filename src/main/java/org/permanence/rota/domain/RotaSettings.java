package org.permanence.rota.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.time.LocalDate;

/**
 * Helpline-wide settings of a rota.
 *
 * @param nightShiftMinNightMinutes a shift with at least this many minutes in the night window is a night shift
 *                                  (3 h by default, the threshold of the French "night worker" definition)
 * @param nightWorkerNightShifts    night shifts in one civil week that make an employee a night worker (2 by default:
 *                                  "at least 3 night hours at least twice a week"), at least 1
 * @param fullTimeWeeklyMinutes     weekly minutes of a full-time contract, to compare part-timers fairly; a
 *                                  part-timer's week stays below it (complementary hours never reach it)
 * @param complementaryHoursPercent complementary hours a part-timer may work in a civil week, in percent of their
 *                                  contract hours (10 by the Labour Code, up to 33 by accord)
 */
public record RotaSettings(ZoneId zone, LocalTime nightStart, LocalTime nightEnd, int nightShiftMinNightMinutes,
                           int nightWorkerNightShifts, int fullTimeWeeklyMinutes, int complementaryHoursPercent,
                           Set<LocalDate> publicHolidays) {

    public RotaSettings {
        Objects.requireNonNull(zone);
        Objects.requireNonNull(nightStart);
        Objects.requireNonNull(nightEnd);
        if (nightWorkerNightShifts < 1) {
            throw new IllegalArgumentException("A night worker works at least 1 night shift a week, not "
                    + nightWorkerNightShifts);
        }
        publicHolidays = Set.copyOf(publicHolidays);
    }

    /** Minutes of [start, end) inside the night window of the days it touches, in the helpline's zone. */
    public int nightMinutes(Instant start, Instant end) {
        int minutes = 0;
        LocalDate last = end.atZone(zone).toLocalDate();
        for (LocalDate night = start.atZone(zone).toLocalDate().minusDays(1); !night.isAfter(last);
                night = night.plusDays(1)) {
            LocalDate nightEndDay = nightEnd.isAfter(nightStart) ? night : night.plusDays(1);
            minutes += RotaCalendar.overlapMinutes(start, end, night.atTime(nightStart).atZone(zone).toInstant(),
                    nightEndDay.atTime(nightEnd).atZone(zone).toInstant());
        }
        return minutes;
    }

    /** A shift with at least {@code nightShiftMinNightMinutes} in the night window is a night shift. */
    public boolean isNightShift(Instant start, Instant end) {
        return nightMinutes(start, end) >= nightShiftMinNightMinutes;
    }

    public static RotaSettings defaults(ZoneId zone, Set<LocalDate> publicHolidays) {
        return new RotaSettings(zone, LocalTime.of(21, 0), LocalTime.of(6, 0), 3 * 60, 2, 35 * 60, 10,
                publicHolidays);
    }
}
