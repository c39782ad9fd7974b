package org.permanence.rota.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RotaCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final ShiftType night = new ShiftType("N", "phone", LocalTime.of(21, 0), 600, Set.of());
    private final ShiftType early = new ShiftType("E", "phone", LocalTime.of(7, 0), 480, Set.of());

    private RotaCalendar calendar(LocalDate first, LocalDate last, Set<LocalDate> holidays, CoverDemand... demands) {
        return new RotaCalendar(first, last, RotaSettings.defaults(PARIS, holidays), List.of(night, early),
                List.of(demands));
    }

    @Test
    void aNightAcrossTheSpringChangeLastsNineHoursAndTheAutumnOneEleven() {
        RotaCalendar march = calendar(LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 29), Set.of());
        RotaCalendar october = calendar(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 25), Set.of());

        assertThat(march.occurrence(night, 0).durationMinutes()).isEqualTo(9 * 60);
        assertThat(october.occurrence(night, 0).durationMinutes()).isEqualTo(11 * 60);
        assertThat(october.occurrence(night, 0).nightMinutes()).isEqualTo(10 * 60);
    }

    @Test
    void aNightIsSplitBetweenItsTwoCivilDaysAndCountsItsNightAndHolidayMinutes() {
        LocalDate newYearsEve = LocalDate.of(2024, 12, 31);
        RotaCalendar calendar = calendar(newYearsEve, newYearsEve.plusDays(1), Set.of(newYearsEve.plusDays(1)));
        ShiftOccurrence shift = calendar.occurrence(night, 0);

        assertThat(shift.civilDayParts()).extracting(CivilDayPart::dayIndex, CivilDayPart::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 180), org.assertj.core.groups.Tuple.tuple(1, 420));
        assertThat(shift.nightMinutes()).isEqualTo(9 * 60);
        assertThat(shift.nightShift()).isTrue();
        assertThat(shift.holidayMinutes()).isEqualTo(420);
        assertThat(calendar.occurrence(early, 0).nightShift()).isFalse();
    }

    @Test
    void aShiftCoversTheSlotsItSpansForItsSkillAndTheBenchmarkDemandsOfItsType() {
        LocalDate monday = LocalDate.of(2025, 3, 3);
        CoverDemand eightOClock = CoverDemand.forSkill("phone", monday.atTime(8, 0).atZone(PARIS).toInstant(),
                monday.atTime(8, 30).atZone(PARIS).toInstant(), 1, 30, 1);
        CoverDemand sixOClock = CoverDemand.forSkill("phone", monday.atTime(6, 30).atZone(PARIS).toInstant(),
                monday.atTime(7, 0).atZone(PARIS).toInstant(), 1, 30, 1);
        CoverDemand otherSkill = CoverDemand.forSkill("chat", monday.atTime(8, 0).atZone(PARIS).toInstant(),
                monday.atTime(8, 30).atZone(PARIS).toInstant(), 1, 30, 1);
        CoverDemand earlyOnMonday = CoverDemand.forShiftType(early, monday, 1, 100, 1);
        RotaCalendar calendar = calendar(monday, monday.plusDays(1), Set.of(), eightOClock, sixOClock, otherSkill,
                earlyOnMonday);

        assertThat(calendar.occurrence(early, 0).coveredDemands()).containsExactlyInAnyOrder(eightOClock, earlyOnMonday);
        assertThat(calendar.occurrence(early, 1).coveredDemands()).isEmpty();
    }

    @Test
    void aWeekendTemplateIsOfferedOnSaturdaysAndSundaysOnlyAndCutsNoWeekdayCell() {
        ShiftType weekend = new ShiftType("W", "phone", LocalTime.of(9, 0), 480, Set.of(),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        LocalDate friday = LocalDate.of(2025, 3, 7);
        CoverDemand sevenToNine = CoverDemand.forSkill("phone", friday.atTime(7, 0).atZone(PARIS).toInstant(),
                friday.atTime(9, 0).atZone(PARIS).toInstant(), 1, 1, 1);
        CoverDemand nineToThree = CoverDemand.forSkill("phone", friday.atTime(9, 0).atZone(PARIS).toInstant(),
                friday.atTime(15, 0).atZone(PARIS).toInstant(), 1, 1, 1);
        RotaCalendar calendar = new RotaCalendar(friday, friday.plusDays(1), RotaSettings.defaults(PARIS, Set.of()),
                List.of(early, weekend), List.of(sevenToNine, nineToThree));
        Employee ada = new Employee("ada", "Ada", Set.of("phone"), WorkRules.unrestricted(), EmployeeHistory.none());

        assertThat(new EmployeeDay(ada, 0, calendar).getAllowedShiftTypes()).containsExactly(early);
        assertThat(new EmployeeDay(ada, 1, calendar).getAllowedShiftTypes()).containsExactly(early, weekend);
        assertThat(calendar.getCoverCells()).as("09:00 on Friday is no boundary: the weekend shift is not worked then")
                .singleElement().satisfies(cell -> assertThat(cell.getDemands()).containsExactly(sevenToNine, nineToThree));
    }

    @Test
    void weeksAreCivilWeeksFromMonday() {
        RotaCalendar calendar = calendar(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), Set.of());

        assertThat(calendar.weekMonday(0)).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(calendar.weekIndexOfDate(LocalDate.of(2025, 3, 3))).isEqualTo(1);
        assertThat(calendar.getWeekCount()).isEqualTo(6);
    }
}
