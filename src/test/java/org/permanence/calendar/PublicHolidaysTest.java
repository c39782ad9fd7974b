package org.permanence.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

class PublicHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2000,2000-04-23", "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05",
            "2038,2038-04-25"})
    void easterSundayIsComputedForAnyYear(int year, LocalDate easter) {
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void nationalCalendarHasElevenDaysWithEasterBasedOnesMoving() {
        SortedMap<LocalDate, String> days = PublicHolidays.of(2025, HolidayCalendar.national());

        assertThat(days).hasSize(11);
        assertThat(days.keySet()).contains(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 8), LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 9),
                LocalDate.of(2025, 7, 14), LocalDate.of(2025, 8, 15), LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 11, 11), LocalDate.of(2025, 12, 25));
    }

    @Test
    void easterMondayAscensionAndWhitMondayIn2024() {
        assertThat(PublicHolidays.of(2024, HolidayCalendar.national()).keySet())
                .contains(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 20));
    }

    @Test
    void alsaceMoselleAddsGoodFridayAndSaintStephen() {
        SortedMap<LocalDate, String> days = PublicHolidays.of(2026, HolidayCalendar.alsaceMoselleCalendar());

        assertThat(days).hasSize(13);
        assertThat(days).containsEntry(LocalDate.of(2026, 4, 3), "Vendredi saint")
                .containsEntry(LocalDate.of(2026, 12, 26), "Saint-Étienne");
        assertThat(PublicHolidays.of(2026, HolidayCalendar.national())).doesNotContainKey(LocalDate.of(2026, 4, 3));
    }

    @Test
    void extraDaysAreAdded() {
        HolidayCalendar reunion = new HolidayCalendar(false, List.of(MonthDay.of(12, 20)));

        assertThat(PublicHolidays.of(2026, reunion)).hasSize(12).containsKey(LocalDate.of(2026, 12, 20));
    }
}
