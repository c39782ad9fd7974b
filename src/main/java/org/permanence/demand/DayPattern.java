package org.permanence.demand;

import java.time.DayOfWeek;

/**
 * Which days a weekly staffing pattern row applies to. A row for a single day of the week takes precedence over a
 * WEEKDAY or WEEKEND row for the same skill on that day.
 */
public enum DayPattern {
    WEEKDAY, WEEKEND, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    public static DayPattern kindOf(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? WEEKEND : WEEKDAY;
    }

    public static DayPattern of(DayOfWeek day) {
        return valueOf(day.name());
    }

    public boolean includes(DayOfWeek day) {
        return switch (this) {
            case WEEKDAY -> kindOf(day) == WEEKDAY;
            case WEEKEND -> kindOf(day) == WEEKEND;
            default -> this == of(day);
        };
    }
}
