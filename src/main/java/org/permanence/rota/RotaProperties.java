package org.permanence.rota;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.permanence.rota.domain.RotaSettings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Settings of rota planning.
 *
 * @param maxDays                   longest planning period a rota may cover
 * @param nightStart                start of the legal night window (a shift with enough minutes in it is a night)
 * @param nightEnd                  end of the legal night window
 * @param nightShiftMinNightMinutes minutes in the night window that make a shift a night shift (3 h, Labour Code)
 * @param nightWorkerNightShifts    night shifts in one civil week that make an employee a night worker (twice a
 *                                  week, Labour Code), to whom the night-worker limits of the contract apply
 * @param fullTimeWeeklyMinutes     weekly minutes of a full-time contract, to compare part-timers fairly; a
 *                                  part-timer's civil week must stay below it (hard rule "Part-time weekly maximum")
 * @param complementaryHoursPercent complementary hours a part-timer may work in a civil week, in percent of their
 *                                  contract hours: 10 (Labour Code), up to 33 by accord; keep it equal to the payroll
 *                                  rule set's complementary cap
 * @param understaffingWeight       medium penalty per missing person-minute of a staffing need
 * @param overstaffingWeight        soft penalty per minute of a slot with extra people, times the square of their number
 * @param historyWeeks              weeks of published shifts before the period that rules looking back consider
 * @param alsaceMoselle             whether Good Friday and 26 December are public holidays (Alsace-Moselle)
 */
@ConfigurationProperties("permanence.rota")
public record RotaProperties(
        @DefaultValue("62") int maxDays,
        @DefaultValue("21:00") LocalTime nightStart,
        @DefaultValue("06:00") LocalTime nightEnd,
        @DefaultValue("180") int nightShiftMinNightMinutes,
        @DefaultValue("2") int nightWorkerNightShifts,
        @DefaultValue("2100") int fullTimeWeeklyMinutes,
        @DefaultValue("10") int complementaryHoursPercent,
        @DefaultValue("1") int understaffingWeight,
        @DefaultValue("1") int overstaffingWeight,
        @DefaultValue("12") int historyWeeks,
        @DefaultValue("false") boolean alsaceMoselle) {

    /** The settings a rota plans with, in {@code zone}, with {@code publicHolidays}. */
    public RotaSettings settings(ZoneId zone, Set<LocalDate> publicHolidays) {
        return new RotaSettings(zone, nightStart, nightEnd, nightShiftMinNightMinutes, nightWorkerNightShifts,
                fullTimeWeeklyMinutes, complementaryHoursPercent, publicHolidays);
    }
}
