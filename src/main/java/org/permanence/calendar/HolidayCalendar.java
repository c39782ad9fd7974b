package org.permanence.calendar;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * Which public holidays apply: the 11 national French holidays, plus Good Friday and 26 December in
 * Alsace-Moselle, plus any fixed extra days (e.g. an overseas department's abolition-of-slavery day).
 */
public record HolidayCalendar(boolean alsaceMoselle, List<MonthDay> extraDays) {

    public HolidayCalendar {
        extraDays = List.copyOf(Objects.requireNonNull(extraDays, "extraDays"));
    }

    public static HolidayCalendar national() {
        return new HolidayCalendar(false, List.of());
    }

    public static HolidayCalendar alsaceMoselleCalendar() {
        return new HolidayCalendar(true, List.of());
    }
}
