package org.permanence.rota.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.permanence.rota.domain.Availability;
import org.permanence.rota.domain.AvailabilityKind;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.EmployeeHistory;
import org.permanence.rota.domain.EmployeeHistory.NeighbouringShift;
import org.permanence.rota.domain.FixedDayOff;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.RotaCalendar;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.permanence.rota.solver.RotaTestData.EARLY;
import static org.permanence.rota.solver.RotaTestData.EVENING;
import static org.permanence.rota.solver.RotaTestData.LATE;
import static org.permanence.rota.solver.RotaTestData.LONG_DAY;
import static org.permanence.rota.solver.RotaTestData.LONG_NIGHT;
import static org.permanence.rota.solver.RotaTestData.MONDAY;
import static org.permanence.rota.solver.RotaTestData.NIGHT;
import static org.permanence.rota.solver.RotaTestData.PARIS;
import static org.permanence.rota.solver.RotaTestData.PHONE;
import static org.permanence.rota.solver.RotaTestData.SIX_AM;
import static org.permanence.rota.solver.RotaTestData.at;
import static org.permanence.rota.solver.RotaTestData.calendar;
import static org.permanence.rota.solver.RotaTestData.day;
import static org.permanence.rota.solver.RotaTestData.employee;
import static org.permanence.rota.solver.RotaTestData.fullTimer;

class RotaConstraintProviderTest {

    private final ConstraintVerifier<RotaConstraintProvider, RotaPlan> verifier =
            ConstraintVerifier.build(new RotaConstraintProvider(), RotaPlan.class, EmployeeDay.class);
    private final RotaCalendar calendar = calendar();
    private final Employee alice = fullTimer("Alice");
    private final Employee bob = fullTimer("Bob");

    private EmployeeDay alice(int dayIndex, ShiftType shiftType) {
        return day(calendar, alice, dayIndex, shiftType);
    }

    private List<Object> aliceWorks(ShiftType shiftType, int... dayIndexes) {
        return aliceWorks(alice, shiftType, dayIndexes);
    }

    private List<Object> aliceWorks(Employee employee, ShiftType shiftType, int... dayIndexes) {
        List<Object> facts = new ArrayList<>(List.of(employee, calendar));
        for (int dayIndex : dayIndexes) {
            facts.add(day(calendar, employee, dayIndex, shiftType));
        }
        return facts;
    }

    @Nested
    class WhoMayWorkWhatAndWhen {

        @Test
        void requiredSkillCostsTheShiftMinutesOfSomeoneWithoutTheSkill() {
            Employee unskilled = new Employee("u", "Ugo", Set.of(), WorkRules.frenchLabourCode(2100),
                    EmployeeHistory.none());
            verifier.verifyThat(RotaConstraintProvider::requiredSkill)
                    .given(day(calendar, unskilled, 0, EARLY)).penalizesBy(480);
            verifier.verifyThat(RotaConstraintProvider::requiredSkill).given(alice(0, EARLY)).penalizesBy(0);
        }

        @Test
        void unavailableTimeCostsTheOverlappingMinutes() {
            verifier.verifyThat(RotaConstraintProvider::unavailableTime)
                    .given(alice(0, EARLY), new Availability(alice, at(0, 10, 0), at(0, 12, 0),
                            AvailabilityKind.UNAVAILABLE))
                    .penalizesBy(120);
            verifier.verifyThat(RotaConstraintProvider::unavailableTime)
                    .given(alice(0, EARLY), new Availability(alice, at(0, 15, 0), at(0, 17, 0),
                            AvailabilityKind.UNAVAILABLE))
                    .penalizesBy(0);
        }

        @Test
        void fixedDayOffCannotBeWorked() {
            verifier.verifyThat(RotaConstraintProvider::fixedDayOff)
                    .given(alice(0, EARLY), new FixedDayOff(alice, MONDAY)).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::fixedDayOff)
                    .given(alice(0, EARLY), new FixedDayOff(alice, MONDAY.plusDays(1))).penalizesBy(0);
        }

        @Test
        void workAfterTheEmploymentEndsCostsTheMinutesPastMidnightOfItsLastDay() {
            ShiftType untilMidnight = new ShiftType("M", PHONE, LocalTime.of(16, 0), 480, Set.of());
            RotaCalendar days = new RotaCalendar(MONDAY, MONDAY.plusDays(13), RotaSettings.defaults(PARIS, Set.of()),
                    List.of(NIGHT, untilMidnight), List.of());
            // employed until Wednesday: the employment ends on Thursday at 00:00
            Employee leaver = leaver(MONDAY.plusDays(2));
            verifier.verifyThat(RotaConstraintProvider::workAfterEmploymentEnd)
                    .given(day(days, leaver, 2, NIGHT)).penalizesBy(7 * 60);
            verifier.verifyThat(RotaConstraintProvider::workAfterEmploymentEnd)
                    .given(day(days, leaver, 2, NIGHT))
                    .justifiesWith(new RuleBreach("Leo", MONDAY.plusDays(2), null, 7 * 60, 0, RuleBreach.Unit.MINUTES,
                            "N 2025-03-05 after the end of the employment, minutes"));
            verifier.verifyThat(RotaConstraintProvider::workAfterEmploymentEnd)
                    .given(day(days, leaver, 2, untilMidnight), day(days, leaver, 1, NIGHT)).penalizesBy(0);
            // a shift on a day after the employment is a fixed day off, not counted twice
            verifier.verifyThat(RotaConstraintProvider::workAfterEmploymentEnd)
                    .given(day(days, leaver, 3, NIGHT)).penalizesBy(0);
            verifier.verifyThat(RotaConstraintProvider::workAfterEmploymentEnd)
                    .given(day(days, alice, 2, NIGHT)).penalizesBy(0);
        }

        @Test
        void workAfterTheEmploymentEndsCountsRealMinutesAcrossAClockChange() {
            // employed until Saturday 29 March 2025; that night the clocks go forward: 00:00 to 07:00 lasts 6 h
            LocalDate monday = LocalDate.of(2025, 3, 24);
            RotaCalendar spring = new RotaCalendar(monday, monday.plusDays(6), RotaSettings.defaults(PARIS, Set.of()),
                    List.of(NIGHT), List.of());
            Employee leaver = leaver(monday.plusDays(5));
            verifier.verifyThat(RotaConstraintProvider::workAfterEmploymentEnd)
                    .given(day(spring, leaver, 5, NIGHT)).penalizesBy(6 * 60);
        }

        private Employee leaver(LocalDate lastDay) {
            return new Employee("leo", "Leo", Set.of(PHONE), WorkRules.frenchLabourCode(2100), EmployeeHistory.none(),
                    0, lastDay.plusDays(1).atStartOfDay(PARIS).toInstant());
        }

        @Test
        void overlappingShiftsCostTheOverlappingMinutes() {
            verifier.verifyThat(RotaConstraintProvider::overlappingShifts)
                    .given(alice(0, NIGHT), alice(1, SIX_AM)).penalizesBy(60);
            verifier.verifyThat(RotaConstraintProvider::overlappingShifts)
                    .given(alice(0, NIGHT), alice(1, EARLY)).penalizesBy(0);
        }

        @Test
        void minimumRestCostsTheMissingMinutes() {
            verifier.verifyThat(RotaConstraintProvider::minimumRestBetweenShifts)
                    .given(alice(0, LATE), alice(1, EARLY)).penalizesBy(120);
            verifier.verifyThat(RotaConstraintProvider::minimumRestBetweenShifts)
                    .given(alice(0, LATE), alice(1, LATE)).penalizesBy(0);
        }

        @Test
        void minimumRestCountsAnOverlapAsRestBelowZero() {
            // N ends at 07:00: E starting at 07:00 leaves no rest (11 h short), S starting at 06:00 overlaps it by 1 h
            verifier.verifyThat(RotaConstraintProvider::minimumRestBetweenShifts)
                    .given(alice(0, NIGHT), alice(1, EARLY)).penalizesBy(11 * 60);
            verifier.verifyThat(RotaConstraintProvider::minimumRestBetweenShifts)
                    .given(alice(0, NIGHT), alice(1, SIX_AM)).penalizesBy(11 * 60 + 60);
            verifier.verifyThat(RotaConstraintProvider::minimumRestBetweenShifts)
                    .given(alice(0, NIGHT), alice(1, SIX_AM))
                    .justifiesWith(new RuleBreach(alice.getName(), MONDAY, MONDAY.plusDays(1), -60, 11 * 60,
                            RuleBreach.Unit.MINUTES, "rest between N 2025-03-03 and S 2025-03-04,"));
        }

        @Test
        void minimumRestIsCheckedTwoDaysApartForShiftsEndingTheNextEvening() {
            ShiftType longNightToAfternoon = new ShiftType("X", PHONE, java.time.LocalTime.of(22, 0), 24 * 60, Set.of());
            RotaCalendar wide = new RotaCalendar(MONDAY, MONDAY.plusDays(13),
                    org.permanence.rota.domain.RotaSettings.defaults(RotaTestData.PARIS, Set.of()),
                    List.of(longNightToAfternoon, EARLY), List.of());
            verifier.verifyThat(RotaConstraintProvider::minimumRestBetweenShifts)
                    .given(day(wide, alice, 0, longNightToAfternoon), day(wide, alice, 2, EARLY))
                    .penalizesBy(120);
        }

        @Test
        void minimumRestBeforeTheNextPeriodUsesTheFirstShiftPublishedAfterIt() {
            // the rota after this one starts Monday 17 March: its first shift for this person is at 07:00
            EmployeeHistory nextAtSeven = EmployeeHistory.none().withNextShiftStart(at(14, 7, 0));
            Employee early = employee("Early next", WorkRules.frenchLabourCode(2100), nextAtSeven);
            verifier.verifyThat(RotaConstraintProvider::minimumRestBeforeNextPeriod)
                    .given(day(calendar, early, 13, LATE)).penalizesBy(120);
            verifier.verifyThat(RotaConstraintProvider::minimumRestBeforeNextPeriod)
                    .given(day(calendar, early, 13, EARLY)).penalizesBy(0);
            verifier.verifyThat(RotaConstraintProvider::minimumRestBeforeNextPeriod)
                    .given(day(calendar, alice, 13, LATE)).penalizesBy(0);
        }

        @Test
        void minimumRestAfterThePreviousPeriodUsesTheLastShiftOfTheHistory() {
            Employee rested = employee("Rested", WorkRules.frenchLabourCode(2100),
                    new EmployeeHistory(Map.of(), Map.of(), at(-1, 20, 0), 1));
            Employee tired = employee("Tired", WorkRules.frenchLabourCode(2100),
                    new EmployeeHistory(Map.of(), Map.of(), at(-1, 22, 0), 1));
            verifier.verifyThat(RotaConstraintProvider::minimumRestAfterPreviousPeriod)
                    .given(day(calendar, tired, 0, EARLY)).penalizesBy(120);
            verifier.verifyThat(RotaConstraintProvider::minimumRestAfterPreviousPeriod)
                    .given(day(calendar, rested, 0, EARLY)).penalizesBy(0);
        }
    }

    @Nested
    class WorkingTime {

        @Test
        void dailyMaximumCostsTheMinutesOverTheLimitOnACivilDay() {
            verifier.verifyThat(RotaConstraintProvider::dailyMaximum)
                    .given(alice, calendar, alice(0, LONG_DAY)).penalizesBy(120);
            verifier.verifyThat(RotaConstraintProvider::dailyMaximum)
                    .given(alice, calendar, alice(0, EARLY), alice(1, NIGHT)).penalizesBy(0);
        }

        @Test
        void dailyMaximumOnTheFirstDayCountsTheEndOfANightBeforeThePeriod() {
            Employee afterANight = employee("After a night", WorkRules.frenchLabourCode(2100),
                    new EmployeeHistory(Map.of(), Map.of(), Map.of(), at(0, 7, 0), 1, 7 * 60, 0, null));
            verifier.verifyThat(RotaConstraintProvider::dailyMaximum)
                    .given(afterANight, calendar, day(calendar, afterANight, 0, EARLY)).penalizesBy(7 * 60 + 480 - 600);
            verifier.verifyThat(RotaConstraintProvider::dailyMaximum)
                    .given(afterANight, calendar, day(calendar, afterANight, 1, EARLY)).penalizesBy(0);
        }

        @Test
        void dailyMaximumAddsTheEndOfANightToTheNextDay() {
            Employee sevenHoursADay = employee("Seven", WorkRules.frenchLabourCode(2100).withDailyMaxMinutes(7 * 60));
            verifier.verifyThat(RotaConstraintProvider::dailyMaximum)
                    .given(sevenHoursADay, calendar, day(calendar, sevenHoursADay, 0, NIGHT),
                            day(calendar, sevenHoursADay, 1, NIGHT))
                    .penalizesBy(60);
        }

        @Test
        void weeklyMaximumCostsTheMinutesOverTheLimitInACivilWeek() {
            Employee limited = employee("Limited", WorkRules.frenchLabourCode(2100).withWeeklyMaxMinutes(960));
            verifier.verifyThat(RotaConstraintProvider::weeklyMaximum)
                    .given(aliceWorks(limited, EARLY, 0, 2, 4).toArray()).penalizesBy(480);
            verifier.verifyThat(RotaConstraintProvider::weeklyMaximum)
                    .given(aliceWorks(limited, EARLY, 0, 2, 7).toArray()).penalizesBy(0);
        }

        @Test
        void partTimeWeeklyMaximumKeepsComplementaryHoursWithinATenthOfTheContractAndBelowAFullTimeWeek() {
            Employee twentyEightHours = employee("Part-timer 28 h", WorkRules.frenchLabourCode(28 * 60));
            Employee thirtyFourHours = employee("Part-timer 34 h", WorkRules.frenchLabourCode(34 * 60));
            Employee fullTime = employee("Full-timer", WorkRules.frenchLabourCode(35 * 60));
            // 28 h + 2 h 48 of complementary hours = 1 848 minutes; four 8 h shifts are 1 920
            verifier.verifyThat(RotaConstraintProvider::partTimeWeeklyMaximum)
                    .given(aliceWorks(twentyEightHours, EARLY, 0, 1, 2, 3).toArray()).penalizesBy(72);
            verifier.verifyThat(RotaConstraintProvider::partTimeWeeklyMaximum)
                    .given(aliceWorks(twentyEightHours, EARLY, 0, 1, 2, 7).toArray()).penalizesBy(0);
            // 34 h + a tenth would reach 37 h 24: a part-timer stays one minute short of 35 h
            verifier.verifyThat(RotaConstraintProvider::partTimeWeeklyMaximum)
                    .given(aliceWorks(thirtyFourHours, EARLY, 0, 1, 2, 3, 4).toArray()).penalizesBy(5 * 480 - 2099);
            verifier.verifyThat(RotaConstraintProvider::partTimeWeeklyMaximum)
                    .given(aliceWorks(fullTime, EARLY, 0, 1, 2, 3, 4).toArray()).penalizesBy(0);
        }

        @Test
        void averageWeeklyMaximumCountsTheHistoryWeeks() {
            WorkRules rules = WorkRules.frenchLabourCode(2100).withAverageWeeklyMax(600, 2);
            Employee busyLastWeek = employee("Busy", rules,
                    new EmployeeHistory(Map.of(MONDAY.minusWeeks(1), 900), Map.of(), null, 0));
            Employee quietLastWeek = employee("Quiet", rules,
                    new EmployeeHistory(Map.of(MONDAY.minusWeeks(1), 720), Map.of(), null, 0));
            verifier.verifyThat(RotaConstraintProvider::averageWeeklyMaximum)
                    .given(aliceWorks(busyLastWeek, EARLY, 0).toArray()).penalizesBy(180);
            verifier.verifyThat(RotaConstraintProvider::averageWeeklyMaximum)
                    .given(aliceWorks(quietLastWeek, EARLY, 0).toArray()).penalizesBy(0);
        }

        @Test
        void weeklyRestCostsTheMissingMinutesOfTheLongestRestInACivilWeek() {
            verifier.verifyThat(RotaConstraintProvider::weeklyRest)
                    .given(aliceWorks(EARLY, 0, 1, 2, 3, 4, 5).toArray()).penalizesBy(35 * 60 - 33 * 60);
            verifier.verifyThat(RotaConstraintProvider::weeklyRest)
                    .given(aliceWorks(EARLY, 0, 1, 2, 3, 4, 5).toArray())
                    .justifiesWith(new RuleBreach(alice.getName(), MONDAY, MONDAY.plusDays(6), 33 * 60, 35 * 60,
                            RuleBreach.Unit.MINUTES, "longest rest in the civil week"));
            verifier.verifyThat(RotaConstraintProvider::weeklyRest)
                    .given(aliceWorks(EARLY, 0, 1, 2, 3, 4, 6).toArray()).penalizesBy(0);
        }

        @Test
        void maximumWorkingDaysPerWeekCostsEachDayOver() {
            verifier.verifyThat(RotaConstraintProvider::maximumWorkingDaysPerWeek)
                    .given(aliceWorks(EARLY, 0, 1, 2, 3, 4, 5, 6).toArray()).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::maximumWorkingDaysPerWeek)
                    .given(aliceWorks(EARLY, 0, 1, 2, 3, 4, 5, 7).toArray()).penalizesBy(0);
        }
    }

    @Nested
    class DayPatterns {

        private final WorkRules fourDaysRuns = WorkRules.unrestricted().withConsecutiveDays(3, 2, 2);

        @Test
        void maximumConsecutiveWorkingDaysCostsEachDayOver() {
            Employee limited = employee("Limited", fourDaysRuns);
            verifier.verifyThat(RotaConstraintProvider::maximumConsecutiveWorkingDays)
                    .given(aliceWorks(limited, EARLY, 1, 2, 3, 4).toArray()).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::maximumConsecutiveWorkingDays)
                    .given(aliceWorks(limited, EARLY, 1, 2, 3, 5, 6, 7).toArray()).penalizesBy(0);
        }

        @Test
        void maximumConsecutiveWorkingDaysContinuesTheRunOfTheHistory() {
            Employee afterTwoDays = employee("After", fourDaysRuns,
                    new EmployeeHistory(Map.of(), Map.of(), null, 2));
            verifier.verifyThat(RotaConstraintProvider::maximumConsecutiveWorkingDays)
                    .given(aliceWorks(afterTwoDays, EARLY, 0, 1).toArray()).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::maximumConsecutiveWorkingDays)
                    .given(aliceWorks(afterTwoDays, EARLY, 0, 1).toArray())
                    .justifiesWith(new RuleBreach("After", MONDAY.minusDays(2), MONDAY.plusDays(1), 4,
                            fourDaysRuns.maxConsecutiveWorkingDays(), RuleBreach.Unit.DAYS,
                            "consecutive working days"));
            verifier.verifyThat(RotaConstraintProvider::maximumConsecutiveWorkingDays)
                    .given(aliceWorks(afterTwoDays, EARLY, 1, 2).toArray()).penalizesBy(0);
        }

        @Test
        void minimumConsecutiveWorkingDaysIgnoresRunsTouchingThePeriodEnds() {
            Employee limited = employee("Limited", fourDaysRuns);
            verifier.verifyThat(RotaConstraintProvider::minimumConsecutiveWorkingDays)
                    .given(aliceWorks(limited, EARLY, 3).toArray()).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::minimumConsecutiveWorkingDays)
                    .given(aliceWorks(limited, EARLY, 0, 13).toArray()).penalizesBy(0);
        }

        @Test
        void minimumConsecutiveDaysOffIgnoresRunsTouchingThePeriodEnds() {
            Employee limited = employee("Limited", fourDaysRuns);
            verifier.verifyThat(RotaConstraintProvider::minimumConsecutiveDaysOff)
                    .given(aliceWorks(limited, EARLY, 2, 4).toArray()).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::minimumConsecutiveDaysOff)
                    .given(aliceWorks(limited, EARLY, 1, 4, 12).toArray()).penalizesBy(0);
        }

        @Test
        void everyRunOfTheEmployeeCountsForTheConsecutiveDayRules() {
            Employee limited = employee("Limited", fourDaysRuns);
            // Runs 0-4 (2 over, touches the start), 6-9 (1 over), 11-13 (at the maximum, touches the end).
            verifier.verifyThat(RotaConstraintProvider::maximumConsecutiveWorkingDays)
                    .given(aliceWorks(limited, EARLY, 0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13).toArray())
                    .penalizesBy(3);
            // Days off 2 and 4 are one day each (1 short each), 7-8 are enough, 10-13 touch the end.
            verifier.verifyThat(RotaConstraintProvider::minimumConsecutiveDaysOff)
                    .given(aliceWorks(limited, EARLY, 1, 3, 5, 6, 9).toArray()).penalizesBy(2);
            // Runs 3 and 5 (one day each) are short; 0-1 and 12-13 touch the ends.
            verifier.verifyThat(RotaConstraintProvider::minimumConsecutiveWorkingDays)
                    .given(aliceWorks(limited, EARLY, 0, 1, 3, 5, 7, 8, 12, 13).toArray()).penalizesBy(2);
        }

        @Test
        void isolatedDaysAreCountedOnePerStretchInsideThePeriod() {
            // Working days 2 and 8 stand alone inside the period; 0 and 13 touch its ends.
            verifier.verifyThat(RotaConstraintProvider::isolatedWorkingDay)
                    .given(aliceWorks(EARLY, 0, 2, 4, 5, 6, 8, 13).toArray()).penalizesBy(2);
            // Days off 1, 3 and 7 stand alone between working days; 9-12 are four.
            verifier.verifyThat(RotaConstraintProvider::isolatedDayOff)
                    .given(aliceWorks(EARLY, 0, 2, 4, 5, 6, 8, 13).toArray()).penalizesBy(3);
        }

        @Test
        void maximumWorkedWeekendsCountsAWeekendWithSaturdayOrSunday() {
            Employee oneWeekend = employee("One", WorkRules.unrestricted().withMaxWorkedWeekends(1));
            verifier.verifyThat(RotaConstraintProvider::maximumWorkedWeekends)
                    .given(aliceWorks(oneWeekend, EARLY, 5, 13).toArray()).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::maximumWorkedWeekends)
                    .given(aliceWorks(oneWeekend, EARLY, 5, 6, 7).toArray()).penalizesBy(0);
        }

        @Test
        void forbiddenShiftSuccessionCostsOnePerSuccession() {
            verifier.verifyThat(RotaConstraintProvider::forbiddenShiftSuccession)
                    .given(alice(0, LATE), alice(1, EARLY)).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::forbiddenShiftSuccession)
                    .given(alice(0, EARLY), alice(1, LATE)).penalizesBy(0);
        }

        @Test
        void aForbiddenSuccessionHoldsAcrossThePeriodStartWithTheShiftPublishedTheDayBefore() {
            Employee afterLate = employee("AfterLate", WorkRules.frenchLabourCode(2100), EmployeeHistory.none()
                    .withNeighbouringShifts(new NeighbouringShift(MONDAY.minusDays(1), LATE), null));
            verifier.verifyThat(RotaConstraintProvider::forbiddenSuccessionAfterPreviousPeriod)
                    .given(day(calendar, afterLate, 0, EARLY)).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::forbiddenSuccessionAfterPreviousPeriod)
                    .given(day(calendar, afterLate, 0, LATE)).penalizesBy(0);
            verifier.verifyThat(RotaConstraintProvider::forbiddenSuccessionAfterPreviousPeriod)
                    .given(day(calendar, afterLate, 1, EARLY)).penalizesBy("not the day after", 0);
            verifier.verifyThat(RotaConstraintProvider::forbiddenSuccessionAfterPreviousPeriod)
                    .given(alice(0, EARLY)).penalizesBy("nothing published before", 0);
        }

        @Test
        void aForbiddenSuccessionHoldsAcrossThePeriodEndWithTheShiftPublishedTheDayAfter() {
            Employee beforeEarly = employee("BeforeEarly", WorkRules.frenchLabourCode(2100), EmployeeHistory.none()
                    .withNeighbouringShifts(null, new NeighbouringShift(MONDAY.plusDays(14), EARLY)));
            verifier.verifyThat(RotaConstraintProvider::forbiddenSuccessionBeforeNextPeriod)
                    .given(day(calendar, beforeEarly, 13, LATE)).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::forbiddenSuccessionBeforeNextPeriod)
                    .given(day(calendar, beforeEarly, 13, EARLY)).penalizesBy(0);
            verifier.verifyThat(RotaConstraintProvider::forbiddenSuccessionBeforeNextPeriod)
                    .given(day(calendar, beforeEarly, 12, LATE)).penalizesBy("not the day before", 0);
        }

        @Test
        void nightWorkNotAllowedCostsTheNightMinutes() {
            verifier.verifyThat(RotaConstraintProvider::nightWorkNotAllowed)
                    .given(alice(0, NIGHT)).penalizesBy(7 * 60);
            verifier.verifyThat(RotaConstraintProvider::nightWorkNotAllowed)
                    .given(alice(0, EVENING)).penalizesBy(0);
        }

        @Test
        void maximumShiftsOfTypeCostsEachShiftOver() {
            Employee oneEarly = employee("One", WorkRules.unrestricted().withMaxShiftsPerType(Map.of("E", 1)));
            verifier.verifyThat(RotaConstraintProvider::maximumShiftsOfType)
                    .given(aliceWorks(oneEarly, EARLY, 0, 2).toArray()).penalizesBy(1);
            List<Object> earlyThenLate = aliceWorks(oneEarly, EARLY, 0);
            earlyThenLate.add(day(calendar, oneEarly, 2, LATE));
            verifier.verifyThat(RotaConstraintProvider::maximumShiftsOfType)
                    .given(earlyThenLate.toArray()).penalizesBy(0);
        }

        @Test
        void minimumTotalMinutesCountsEmployeesWithNoShiftAtAll() {
            Employee atLeastTwoShifts = employee("Min", WorkRules.unrestricted().withTotalMinutes(960,
                    WorkRules.NO_MAXIMUM));
            verifier.verifyThat(RotaConstraintProvider::minimumTotalMinutes)
                    .given(atLeastTwoShifts, calendar).penalizesBy(960);
            verifier.verifyThat(RotaConstraintProvider::minimumTotalMinutes)
                    .given(aliceWorks(atLeastTwoShifts, EARLY, 0).toArray()).penalizesBy(480);
            verifier.verifyThat(RotaConstraintProvider::minimumTotalMinutes)
                    .given(aliceWorks(atLeastTwoShifts, EARLY, 0, 1).toArray()).penalizesBy(0);
        }

        @Test
        void maximumTotalMinutesCostsTheMinutesOver() {
            Employee oneShift = employee("Max", WorkRules.unrestricted().withTotalMinutes(0, 480));
            verifier.verifyThat(RotaConstraintProvider::maximumTotalMinutes)
                    .given(aliceWorks(oneShift, EARLY, 0, 1).toArray()).penalizesBy(480);
            verifier.verifyThat(RotaConstraintProvider::maximumTotalMinutes)
                    .given(aliceWorks(oneShift, EARLY, 0).toArray()).penalizesBy(0);
        }
    }

    /** Night workers: at least two night shifts in a civil week (RotaSettings), history included. */
    @Nested
    class NightWorkers {

        private final Employee nina = employee("Nina", WorkRules.frenchLabourCode(2100).withNightWork(true, 480));

        private Object[] works(RotaCalendar days, Employee employee, Object... dayIndexAndType) {
            List<Object> facts = new ArrayList<>(List.of(employee, days));
            for (int i = 0; i < dayIndexAndType.length; i += 2) {
                facts.add(day(days, employee, (Integer) dayIndexAndType[i], (ShiftType) dayIndexAndType[i + 1]));
            }
            return facts.toArray();
        }

        @Test
        void nightWorkerDailyMaximumHoldsForEveryShiftOfANightWorkerByDayOrByNight() {
            // two nights in the first week make Nina a night worker for the whole period: a 12 h day the week after
            // is 4 h over 8 h
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(calendar, nina, 0, NIGHT, 2, NIGHT, 8, LONG_DAY)).penalizesBy(240);
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(calendar, nina, 0, NIGHT, 2, NIGHT, 8, LONG_DAY))
                    .justifiesWith(new RuleBreach("Nina", date(8), null, 720, 480, RuleBreach.Unit.MINUTES,
                            "length of D 2025-03-11 (a night worker's shift),"));
            // a 10 h night of a night worker: 2 h over
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(calendar, nina, 0, NIGHT, 2, LONG_NIGHT)).penalizesBy(120);
            // 8 h shifts are exactly at the limit
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(calendar, nina, 0, NIGHT, 2, NIGHT, 3, EARLY)).penalizesBy(0);
        }

        @Test
        void oneNightShiftAWeekDoesNotMakeANightWorker() {
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(calendar, nina, 0, LONG_NIGHT, 7, NIGHT, 9, LONG_DAY)).penalizesBy(0);
        }

        @Test
        void theNightShiftsOfANightWorkerAreASetting() {
            RotaSettings threeNights = new RotaSettings(PARIS, LocalTime.of(21, 0), LocalTime.of(6, 0), 180, 3,
                    2100, 10, Set.of());
            RotaCalendar days = new RotaCalendar(MONDAY, MONDAY.plusDays(13), threeNights, RotaTestData.SHIFT_TYPES,
                    List.of());
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(days, nina, 0, NIGHT, 2, NIGHT, 8, LONG_DAY)).penalizesBy(0);
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(days, nina, 0, NIGHT, 2, NIGHT, 4, NIGHT, 8, LONG_DAY)).penalizesBy(240);
        }

        @Test
        void nightShiftsPublishedBeforeThePeriodCount() {
            // two nights three weeks before the period
            Employee nightsBefore = employee("Before", nina.getRules(), new EmployeeHistory(Map.of(), Map.of(),
                    Map.of(MONDAY.minusWeeks(3), 2), null, 0, 0, 0, null));
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(calendar, nightsBefore, 1, LONG_DAY)).penalizesBy(240);
            // a period from Thursday: one night on Monday before it and one on its first day make two that week
            RotaCalendar fromThursday = new RotaCalendar(MONDAY.plusDays(3), MONDAY.plusDays(16),
                    RotaSettings.defaults(PARIS, Set.of()), RotaTestData.SHIFT_TYPES, List.of());
            Employee oneNightBefore = employee("Monday", nina.getRules(), new EmployeeHistory(Map.of(), Map.of(),
                    Map.of(MONDAY, 1), null, 0, 0, 3, null));
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(fromThursday, oneNightBefore, 0, NIGHT, 5, LONG_DAY)).penalizesBy(240);
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(fromThursday, oneNightBefore, 4, NIGHT, 5, LONG_DAY)).penalizesBy(0);
        }

        @Test
        void nightWorkerDailyMaximumCountsRealTimeAcrossClockChanges() {
            // a 21:00 night of 10 h lasts 9 h on 29-30 March 2025 and 11 h on 25-26 October 2025
            LocalDate spring = LocalDate.of(2025, 3, 24);
            RotaCalendar march = new RotaCalendar(spring, spring.plusDays(6), RotaSettings.defaults(PARIS, Set.of()),
                    RotaTestData.SHIFT_TYPES, List.of());
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(march, nina, 3, NIGHT, 5, LONG_NIGHT)).penalizesBy(60);
            LocalDate autumn = LocalDate.of(2025, 10, 20);
            RotaCalendar october = new RotaCalendar(autumn, autumn.plusDays(6),
                    RotaSettings.defaults(PARIS, Set.of()), RotaTestData.SHIFT_TYPES, List.of());
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(october, nina, 3, NIGHT, 5, LONG_NIGHT)).penalizesBy(180);
            // the 23:00 night of 8 h lasts 9 h that October night
            verifier.verifyThat(RotaConstraintProvider::nightWorkerDailyMaximum)
                    .given(works(october, nina, 3, NIGHT, 5, NIGHT)).penalizesBy(60);
        }

        /** Two-week windows keep the numbers small; a contract's are twelve weeks. */
        private Employee fortyHoursLastWeek(LocalDate lastWeekMonday) {
            return employee("Busy", nina.getRules().withAverageWeeklyMax(44 * 60, 2),
                    new EmployeeHistory(Map.of(lastWeekMonday, 40 * 60), Map.of(), null, 0));
        }

        @Test
        void nightWorkerAverageWeeklyMaximumHoldsANightWorkerToFortyHoursOnAverage() {
            Employee busy = fortyHoursLastWeek(MONDAY.minusWeeks(1));
            // 40 h the week before, two nights and three early shifts (40 h) the first week: 80 h, exactly the limit
            verifier.verifyThat(RotaConstraintProvider::nightWorkerAverageWeeklyMaximum)
                    .given(works(calendar, busy, 0, NIGHT, 1, NIGHT, 3, EARLY, 4, EARLY, 5, EARLY)).penalizesBy(0);
            // an early shift on Sunday makes 88 h: 8 h over 80 h, within the general 44 h average (88 h)
            Object[] fortyEightHours = works(calendar, busy, 0, NIGHT, 1, NIGHT, 3, EARLY, 4, EARLY, 5, EARLY,
                    6, EARLY);
            verifier.verifyThat(RotaConstraintProvider::nightWorkerAverageWeeklyMaximum)
                    .given(fortyEightHours).penalizesBy(480);
            verifier.verifyThat(RotaConstraintProvider::nightWorkerAverageWeeklyMaximum)
                    .given(fortyEightHours)
                    .justifiesWith(new RuleBreach("Busy", MONDAY.minusWeeks(1), MONDAY.plusDays(6), 88 * 60,
                            80 * 60, RuleBreach.Unit.MINUTES, "worked over 2 weeks (a night worker)"));
            verifier.verifyThat(RotaConstraintProvider::averageWeeklyMaximum)
                    .given(fortyEightHours).penalizesBy(0);
            // with one night the same 88 h are no night worker's
            verifier.verifyThat(RotaConstraintProvider::nightWorkerAverageWeeklyMaximum)
                    .given(works(calendar, busy, 0, NIGHT, 2, EARLY, 3, EARLY, 4, EARLY, 5, EARLY, 6, EARLY))
                    .penalizesBy(0);
        }

        @Test
        void nightWorkerAverageWeeklyMaximumCountsRealTimeAcrossTheOctoberClockChange() {
            LocalDate autumn = LocalDate.of(2025, 10, 20);
            RotaCalendar october = new RotaCalendar(autumn, autumn.plusDays(13),
                    RotaSettings.defaults(PARIS, Set.of()), RotaTestData.SHIFT_TYPES, List.of());
            // three early shifts, a night and the 21:00 night of 25 October, 11 h: 43 h (42 h by the clock)
            verifier.verifyThat(RotaConstraintProvider::nightWorkerAverageWeeklyMaximum)
                    .given(works(october, fortyHoursLastWeek(autumn.minusWeeks(1)), 0, EARLY, 1, EARLY, 2, EARLY,
                            3, NIGHT, 5, LONG_NIGHT))
                    .penalizesBy(180);
        }
    }

    @Nested
    class Coverage {

        private final CoverDemand twoAtEight = CoverDemand.forSkill(PHONE, at(0, 8, 0), at(0, 8, 30), 2, 30, 1);
        private final CoverDemand oneAtNine = CoverDemand.forSkill(PHONE, at(0, 9, 0), at(0, 9, 30), 1, 30, 1);
        private final RotaCalendar covered = calendar(twoAtEight, oneAtNine);

        @Test
        void understaffingCostsMissingPersonMinutesIncludingSlotsNobodyCovers() {
            CoverDemand nobodyAtMidnight = CoverDemand.forSkill(PHONE, at(0, 0, 0), at(0, 0, 30), 2, 30, 1);
            RotaCalendar withNight = calendar(twoAtEight, oneAtNine, nobodyAtMidnight);
            verifier.verifyThat(RotaConstraintProvider::understaffing)
                    .given(facts(withNight, day(withNight, alice, 0, EARLY)))
                    .penalizesBy(30 + 60);
            verifier.verifyThat(RotaConstraintProvider::understaffing)
                    .given(facts(covered, day(covered, alice, 0, EARLY), day(covered, bob, 0, EARLY)))
                    .penalizesBy(0);
        }

        @Test
        void understaffingCountsOnlyShiftsCoveringTheWholeSlot() {
            verifier.verifyThat(RotaConstraintProvider::understaffing)
                    .given(facts(covered, day(covered, alice, 0, LATE), day(covered, bob, 0, EARLY)))
                    .penalizesBy(30);
        }

        @Test
        void understaffingOfABenchmarkShiftDemandCountsOnlyThatShiftType() {
            CoverDemand twoEarly = CoverDemand.forShiftType(EARLY, MONDAY, 2, 100, 1);
            RotaCalendar benchmark = calendar(twoEarly);
            verifier.verifyThat(RotaConstraintProvider::understaffing)
                    .given(facts(benchmark, day(benchmark, alice, 0, EARLY), day(benchmark, bob, 0, LATE)))
                    .penalizesBy(100);
            verifier.verifyThat(RotaConstraintProvider::understaffing)
                    .given(facts(benchmark, day(benchmark, alice, 0, EARLY), day(benchmark, bob, 0, EARLY)))
                    .penalizesBy(0);
        }

        @Test
        void adjacentSlotsThatEveryShiftCoversWholeCountAsOneCellWithTheSummedWeight() {
            CoverDemand first = CoverDemand.forSkill(PHONE, at(0, 8, 0), at(0, 8, 30), 1, 30, 1);
            CoverDemand second = CoverDemand.forSkill(PHONE, at(0, 8, 30), at(0, 9, 0), 1, 30, 1);
            RotaCalendar merged = calendar(first, second);
            org.assertj.core.api.Assertions.assertThat(merged.getCoverCells()).hasSize(1);
            verifier.verifyThat(RotaConstraintProvider::understaffing)
                    .given(facts(merged, day(merged, alice, 0, LATE))).penalizesBy(60);
        }

        @Test
        void slotsAroundAShiftStartStayApart() {
            CoverDemand before = CoverDemand.forSkill(PHONE, at(0, 6, 30), at(0, 7, 0), 1, 30, 1);
            CoverDemand after = CoverDemand.forSkill(PHONE, at(0, 7, 0), at(0, 7, 30), 1, 30, 1);
            RotaCalendar split = calendar(before, after);
            org.assertj.core.api.Assertions.assertThat(split.getCoverCells()).hasSize(2);
            verifier.verifyThat(RotaConstraintProvider::understaffing)
                    .given(facts(split, day(split, alice, 0, EARLY))).penalizesBy(30);
        }

        private Object[] facts(RotaCalendar calendar, EmployeeDay... days) {
            List<Object> facts = new ArrayList<>(calendar.getCoverCells());
            facts.addAll(List.of(days));
            return facts.toArray();
        }

        @Test
        void overstaffingCostsTheSquareOfTheExtraPeoplePerSlot() {
            verifier.verifyThat(RotaConstraintProvider::overstaffing)
                    .given(facts(covered, day(covered, alice, 0, EARLY), day(covered, bob, 0, EARLY)))
                    .penalizesBy(1);
            Employee carol = fullTimer("Carol");
            // 8:00 one extra (1), 9:00 two extra (4): piling people on one slot costs more than spreading them.
            verifier.verifyThat(RotaConstraintProvider::overstaffing)
                    .given(facts(covered, day(covered, alice, 0, EARLY), day(covered, bob, 0, EARLY),
                            day(covered, carol, 0, EARLY)))
                    .penalizesBy(5);
            verifier.verifyThat(RotaConstraintProvider::overstaffing)
                    .given(facts(covered, day(covered, alice, 0, EARLY), day(covered, bob, 0, LATE)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Quality {

        @Test
        void deviationFromContractHoursCostsTheMinutesTimesTheWorkingDaysEitherWay() {
            Employee eightHoursAWeek = employee("Part", WorkRules.frenchLabourCode(480));
            // 8 h short of 16 h over two weeks: 480 minutes x one working day; 16 h over: 960 x 2.
            verifier.verifyThat(RotaConstraintProvider::deviationFromContractHours)
                    .given(aliceWorks(eightHoursAWeek, EARLY, 0).toArray()).penalizesBy(480);
            verifier.verifyThat(RotaConstraintProvider::deviationFromContractHours)
                    .given(aliceWorks(eightHoursAWeek, EARLY, 0, 1, 2, 3).toArray()).penalizesBy(1920);
            verifier.verifyThat(RotaConstraintProvider::deviationFromContractHours)
                    .given(aliceWorks(eightHoursAWeek, EARLY, 0, 7).toArray()).penalizesBy(0);
        }

        @Test
        void hoursAboveContractInAWeekCostTheMinutesOfOvertimeOrComplementaryHours() {
            Employee fullTime = employee("Full-timer", WorkRules.frenchLabourCode(35 * 60));
            Employee partTime = employee("Part-timer", WorkRules.frenchLabourCode(28 * 60));
            // five 8 h shifts in one week: 5 h above 35 h; the same shifts over two weeks cost nothing
            verifier.verifyThat(RotaConstraintProvider::hoursAboveContractInAWeek)
                    .given(aliceWorks(fullTime, EARLY, 0, 1, 2, 3, 4).toArray()).penalizesBy(300);
            verifier.verifyThat(RotaConstraintProvider::hoursAboveContractInAWeek)
                    .given(aliceWorks(fullTime, EARLY, 0, 1, 2, 7, 8).toArray()).penalizesBy(0);
            verifier.verifyThat(RotaConstraintProvider::hoursAboveContractInAWeek)
                    .given(aliceWorks(partTime, EARLY, 0, 1, 2, 3).toArray()).penalizesBy(4 * 480 - 28 * 60);
        }

        @Test
        void hoursAboveContractInAWeekTheRotaCutsCountTheContractShareOfItsDays() {
            // a rota from Friday to Sunday week 2: its first week has 3 of 7 days, and Monday to Thursday were planned
            // elsewhere unless a published rota planned them (known, here with nothing worked)
            LocalDate friday = MONDAY.plusDays(4);
            RotaCalendar fromFriday = new RotaCalendar(friday, friday.plusDays(9),
                    RotaSettings.defaults(RotaTestData.PARIS, Set.of()), List.of(EARLY), List.of());
            Employee unknownWeek = employee("Unknown", WorkRules.frenchLabourCode(24 * 60));
            Employee knownWeek = employee("Known", WorkRules.frenchLabourCode(24 * 60), EmployeeHistory.none(4));
            int threeSevenths = Math.round(24 * 60 * 3 / 7f);
            verifier.verifyThat(RotaConstraintProvider::hoursAboveContractInAWeek)
                    .given(unknownWeek, fromFriday, day(fromFriday, unknownWeek, 0, EARLY),
                            day(fromFriday, unknownWeek, 1, EARLY), day(fromFriday, unknownWeek, 2, EARLY))
                    .penalizesBy(3 * 480 - threeSevenths);
            verifier.verifyThat(RotaConstraintProvider::hoursAboveContractInAWeek)
                    .given(knownWeek, fromFriday, day(fromFriday, knownWeek, 0, EARLY),
                            day(fromFriday, knownWeek, 1, EARLY), day(fromFriday, knownWeek, 2, EARLY))
                    .penalizesBy(0);
            // the second week lies whole in the rota: three shifts are within 24 h
            verifier.verifyThat(RotaConstraintProvider::hoursAboveContractInAWeek)
                    .given(unknownWeek, fromFriday, day(fromFriday, unknownWeek, 3, EARLY),
                            day(fromFriday, unknownWeek, 4, EARLY), day(fromFriday, unknownWeek, 5, EARLY))
                    .penalizesBy(0);
        }

        @Test
        void deviationFromContractHoursCountsOnlyTheDaysTheContractHoursAreDue() {
            // a week of the two on leave: 8 h due, not 16 h
            Employee backFromLeave = new Employee("back", "Back", Set.of(RotaTestData.PHONE),
                    WorkRules.frenchLabourCode(480), EmployeeHistory.none(), 7, null);
            verifier.verifyThat(RotaConstraintProvider::deviationFromContractHours)
                    .given(aliceWorks(backFromLeave, EARLY, 8).toArray()).penalizesBy(0);
            verifier.verifyThat(RotaConstraintProvider::deviationFromContractHours)
                    .given(aliceWorks(backFromLeave, EARLY, 8, 9).toArray()).penalizesBy(480);
        }

        @Test
        void undesiredTimeWorkedCostsTheOverlappingMinutes() {
            verifier.verifyThat(RotaConstraintProvider::undesiredTimeWorked)
                    .given(alice(0, EARLY), new Availability(alice, at(0, 10, 0), at(0, 12, 0),
                            AvailabilityKind.UNDESIRED))
                    .penalizesBy(120);
            verifier.verifyThat(RotaConstraintProvider::undesiredTimeWorked)
                    .given(alice(0, EARLY), new Availability(alice, at(0, 15, 0), at(0, 17, 0),
                            AvailabilityKind.UNDESIRED))
                    .penalizesBy(0);
        }

        @Test
        void desiredTimeWorkedRewardsTheOverlappingMinutes() {
            verifier.verifyThat(RotaConstraintProvider::desiredTimeWorked)
                    .given(alice(0, EARLY), new Availability(alice, at(0, 10, 0), at(0, 12, 0),
                            AvailabilityKind.DESIRED))
                    .rewardsWith(120);
            verifier.verifyThat(RotaConstraintProvider::desiredTimeWorked)
                    .given(alice(0, EARLY), new Availability(alice, at(0, 15, 0), at(0, 17, 0),
                            AvailabilityKind.DESIRED))
                    .rewardsWith(0);
        }

        @Test
        void fairSpreadOfNightsComparesEveryoneAllowedAtNight() {
            WorkRules nightRules = WorkRules.frenchLabourCode(2100).withNightWork(true, 480);
            Employee nina = employee("Nina", nightRules);
            Employee noah = employee("Noah", nightRules);
            List<Object> unfair = aliceWorks(nina, NIGHT, 0, 2);
            unfair.add(noah);
            // loads 200 and 0 (hundredths of a night per full-time equivalent): sqrt(100² + 100²) = 141.4
            verifier.verifyThat(RotaConstraintProvider::fairSpreadOfNights).given(unfair.toArray()).penalizesBy(141);
            verifier.verifyThat(RotaConstraintProvider::fairSpreadOfNights).given(unfair.toArray())
                    .justifiesWith(new RuleBreach("most Nina (2 nights), least Noah (0 nights)", null, null, 141, 0,
                            RuleBreach.Unit.FAIRNESS,
                            "unfairness (per full-time equivalent, hundredths)"));
            List<Object> fair = aliceWorks(nina, NIGHT, 0);
            fair.add(day(calendar, noah, 2, NIGHT));
            fair.add(noah);
            verifier.verifyThat(RotaConstraintProvider::fairSpreadOfNights).given(fair.toArray()).penalizesBy(0);
        }

        @Test
        void fairSpreadOfNightsLeavesOutWhoHoldsTheSkillOfNoNightShift() {
            WorkRules nightRules = WorkRules.frenchLabourCode(2100).withNightWork(true, 480);
            Employee nina = employee("Nina", nightRules);
            Employee coordinator = new Employee("cora", "Cora", Set.of("coordination"), nightRules,
                    EmployeeHistory.none());
            List<Object> withCoordinator = aliceWorks(nina, NIGHT, 0, 2);
            withCoordinator.add(coordinator);
            verifier.verifyThat(RotaConstraintProvider::fairSpreadOfNights).given(withCoordinator.toArray())
                    .penalizesBy(0);
        }

        @Test
        void fairSpreadLeavesOutWhoIsAwayAllPeriodAndScalesWhoIsAwayPartOfIt() {
            WorkRules nightRules = WorkRules.frenchLabourCode(2100).withNightWork(true, 480);
            Employee nina = employee("Nina", nightRules);
            Employee onLeave = new Employee("leo", "Leo", Set.of(PHONE), nightRules, EmployeeHistory.none(), 14, null);
            Employee backForAWeek = new Employee("bea", "Bea", Set.of(PHONE), nightRules, EmployeeHistory.none(), 7,
                    null);
            List<Object> fair = aliceWorks(nina, NIGHT, 0, 2);
            fair.add(onLeave);
            fair.add(backForAWeek);
            fair.add(day(calendar, backForAWeek, 9, NIGHT));
            verifier.verifyThat(RotaConstraintProvider::fairSpreadOfNights)
                    .given(fair.toArray()).penalizesBy("one night in the week Bea is due is two a fortnight", 0);
        }

        @Test
        void fairSpreadOfWeekendDaysScalesPartTimersToFullTime() {
            Employee halfTime = employee("Half", WorkRules.frenchLabourCode(1050));
            List<Object> fairPerFullTime = aliceWorks(EARLY, 5, 6);
            fairPerFullTime.add(halfTime);
            fairPerFullTime.add(day(calendar, halfTime, 12, EARLY));
            verifier.verifyThat(RotaConstraintProvider::fairSpreadOfWeekendDays)
                    .given(fairPerFullTime.toArray()).penalizesBy(0);
            List<Object> unfair = aliceWorks(EARLY, 5, 6);
            unfair.add(halfTime);
            verifier.verifyThat(RotaConstraintProvider::fairSpreadOfWeekendDays)
                    .given(unfair.toArray()).penalizesBy(141);
        }

        @Test
        void fairSpreadOfPublicHolidayHoursCountsHoursOnTheHoliday() {
            RotaCalendar withHoliday = calendar(Set.of(MONDAY.plusDays(2)));
            // 8 holiday hours against none: loads 800 and 0, sqrt(400² + 400²) = 565.7
            verifier.verifyThat(RotaConstraintProvider::fairSpreadOfPublicHolidayHours)
                    .given(alice, bob, withHoliday, day(withHoliday, alice, 2, EARLY)).penalizesBy(566);
            verifier.verifyThat(RotaConstraintProvider::fairSpreadOfPublicHolidayHours)
                    .given(alice, bob, withHoliday, day(withHoliday, alice, 3, EARLY)).penalizesBy(0);
        }

        @Test
        void isolatedWorkingDayCostsOne() {
            verifier.verifyThat(RotaConstraintProvider::isolatedWorkingDay)
                    .given(aliceWorks(EARLY, 3).toArray()).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::isolatedWorkingDay)
                    .given(aliceWorks(EARLY, 3, 4).toArray()).penalizesBy(0);
        }

        @Test
        void isolatedDayOffCostsOne() {
            verifier.verifyThat(RotaConstraintProvider::isolatedDayOff)
                    .given(aliceWorks(EARLY, 2, 4).toArray()).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::isolatedDayOff)
                    .given(aliceWorks(EARLY, 2, 5).toArray()).penalizesBy(0);
        }

        @Test
        void shiftOnRequestCostsItsWeightWhenOffOrOnAnotherShift() {
            ShiftRequest earlyOnMonday = new ShiftRequest(alice, MONDAY, EARLY, ShiftRequest.Kind.ON, 2);
            verifier.verifyThat(RotaConstraintProvider::shiftOnRequest)
                    .given(earlyOnMonday, alice(0, null)).penalizesBy(2);
            verifier.verifyThat(RotaConstraintProvider::shiftOnRequest)
                    .given(earlyOnMonday, alice(0, LATE)).penalizesBy(2);
            verifier.verifyThat(RotaConstraintProvider::shiftOnRequest)
                    .given(earlyOnMonday, alice(0, EARLY)).penalizesBy(0);
        }

        @Test
        void shiftOffRequestCostsItsWeightOnlyOnThatShift() {
            ShiftRequest noEarlyOnMonday = new ShiftRequest(alice, MONDAY, EARLY, ShiftRequest.Kind.OFF, 3);
            verifier.verifyThat(RotaConstraintProvider::shiftOffRequest)
                    .given(noEarlyOnMonday, alice(0, EARLY)).penalizesBy(3);
            verifier.verifyThat(RotaConstraintProvider::shiftOffRequest)
                    .given(noEarlyOnMonday, alice(0, LATE)).penalizesBy(0);
        }

        @Test
        void aDayOffRequestWithoutShiftTypeIsBrokenByAnyShift() {
            ShiftRequest offOnMonday = new ShiftRequest(alice, MONDAY, null, ShiftRequest.Kind.OFF, 1);
            verifier.verifyThat(RotaConstraintProvider::shiftOffRequest)
                    .given(offOnMonday, alice(0, LATE)).penalizesBy(1);
            verifier.verifyThat(RotaConstraintProvider::shiftOffRequest)
                    .given(offOnMonday, alice(0, null)).penalizesBy(0);
        }
    }

    static LocalDate date(int dayIndex) {
        return MONDAY.plusDays(dayIndex);
    }
}
