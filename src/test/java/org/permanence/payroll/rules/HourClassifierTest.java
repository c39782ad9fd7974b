package org.permanence.payroll.rules;

import org.permanence.calendar.HolidayCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.permanence.payroll.rules.PayItem.*;

class HourClassifierTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final PayrollRuleSet DEFAULTS = PayrollRuleSet.frenchLabourCodeDefaults();
    private static final EmploymentContract FULL_TIME = EmploymentContract.weeklyHours(35);

    private final HourClassifier classifier = new HourClassifier(DEFAULTS, PARIS);
    /** An accord raising the complementary-hours cap to 1/3 of the contract, the most the Labour Code allows. */
    private final HourClassifier accord = new HourClassifier(DEFAULTS.withComplementaryCapShare(Ratio.of(1, 3)), PARIS);

    @Test
    void fiveNineHourDaysGiveEightHoursAtFirstRateAndTwoAtSecond() {
        List<TimePeriod> week = new ArrayList<>();
        for (int day = 2; day <= 6; day++) { // Monday 2 to Friday 6 March 2026
            week.add(worked(LocalDateTime.of(2026, 3, day, 8, 0), LocalDateTime.of(2026, 3, day, 17, 0)));
        }

        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 3), week);

        assertThat(month.get(WORKED)).isEqualTo(45 * 60);
        assertThat(month.get(NORMAL)).isEqualTo(35 * 60);
        assertThat(month.get(OVERTIME_FIRST_TIER)).isEqualTo(8 * 60);
        assertThat(month.get(OVERTIME_SECOND_TIER)).isEqualTo(2 * 60);
        long paidEquivalent = month.get(NORMAL)
                + month.get(OVERTIME_FIRST_TIER) * (100 + DEFAULTS.overtimeFirstTierRatePercent()) / 100
                + month.get(OVERTIME_SECOND_TIER) * (100 + DEFAULTS.overtimeSecondTierRatePercent()) / 100;
        assertThat(paidEquivalent).isEqualTo(48 * 60);
    }

    @Test
    void unevenWeekOfFortyHoursGivesFiveHoursAtFirstRate() {
        int[] hours = {7, 7, 9, 10, 7};
        List<TimePeriod> week = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            LocalDateTime start = LocalDateTime.of(2026, 3, 2 + i, 8, 0);
            week.add(worked(start, start.plusHours(hours[i])));
        }

        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 3), week);

        assertThat(month.get(OVERTIME_FIRST_TIER)).isEqualTo(5 * 60);
        assertThat(month.get(OVERTIME_SECOND_TIER)).isZero();
        assertThat(month.get(NORMAL)).isEqualTo(35 * 60);
    }

    @Test
    void overtimeIsTheLastHoursOfTheWeekInTheDetail() {
        List<TimePeriod> week = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {
            week.add(worked(LocalDateTime.of(2026, 3, day, 8, 0), LocalDateTime.of(2026, 3, day, 17, 0)));
        }

        List<PeriodClassification> rows = classifier.classify(FULL_TIME, YearMonth.of(2026, 3), week).details();

        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).amounts().get(NORMAL)).isEqualTo(9 * 60);
        assertThat(rows.get(3).amounts().get(NORMAL)).isEqualTo(8 * 60);
        assertThat(rows.get(3).amounts().get(OVERTIME_FIRST_TIER)).isEqualTo(60);
        assertThat(rows.get(4).amounts().get(OVERTIME_FIRST_TIER)).isEqualTo(7 * 60);
        assertThat(rows.get(4).amounts().get(OVERTIME_SECOND_TIER)).isEqualTo(2 * 60);
    }

    @Test
    void monthlyBaseOfAThirtyFiveHourContractIs151Point67Hours() {
        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 3), List.of());

        assertThat(hours(month.get(CONTRACT_BASE))).isEqualByComparingTo("151.67");
        assertThat(hours(classifier.monthlyBaseMinutes(EmploymentContract.weeklyHours(24)))).isEqualByComparingTo("104.00");
    }

    @Test
    void partTimeWeekAboveContractGivesComplementaryHoursInTwoTiersUnderAnAccord() {
        // 24 h contract, 28 h worked: 1/10 of 24 h = 2.4 h at +10 %, the remaining 1.6 h at +25 %.
        MonthlyHours month = accord.classify(EmploymentContract.weeklyHours(24), YearMonth.of(2026, 3),
                days(4, 7));

        assertThat(month.get(COMPLEMENTARY_FIRST_TIER)).isEqualTo(144);
        assertThat(month.get(COMPLEMENTARY_SECOND_TIER)).isEqualTo(96);
        assertThat(month.get(NORMAL)).isEqualTo(24 * 60);
        assertThat(month.get(OVERTIME_FIRST_TIER)).isZero();
    }

    @Test
    void partTimeHoursBeyondTheCapAreExcessForHrToReview() {
        // Accord: 24 h contract, 34 h worked: 10 h above contract, cap 1/3 = 8 h, so 2 h excess.
        MonthlyHours month = accord.classify(EmploymentContract.weeklyHours(24), YearMonth.of(2026, 3),
                days(5, 6.8));

        assertThat(month.get(COMPLEMENTARY_FIRST_TIER)).isEqualTo(144);
        assertThat(month.get(COMPLEMENTARY_SECOND_TIER)).isEqualTo(480 - 144);
        assertThat(month.get(PART_TIME_EXCESS)).isEqualTo(120);
        assertThat(month.weeks()).singleElement().satisfies(w -> assertThat(w.reachesLegalDuration()).isFalse());
    }

    @Test
    void complementaryHoursNeverBringTheWeekToTheLegalDuration() {
        // Accord: 30 h contract, 36 h worked: the cap (10 h) is cut to 4 h 59 so the week stays below 35 h.
        MonthlyHours month = accord.classify(EmploymentContract.weeklyHours(30), YearMonth.of(2026, 3),
                days(4, 9));

        assertThat(month.get(COMPLEMENTARY_FIRST_TIER)).isEqualTo(180);
        assertThat(month.get(COMPLEMENTARY_SECOND_TIER)).isEqualTo(119);
        assertThat(month.get(PART_TIME_EXCESS)).isEqualTo(61);
        assertThat(month.weeks()).singleElement().satisfies(w -> assertThat(w.reachesLegalDuration()).isTrue());
    }

    @Test
    void aPartTimeWeekOfExactlyTheLegalDurationShowsItsLastMinuteAsExcess() {
        // Accord: 28 h contract, 5 x 7 h = 35 h: 6 h 59 of complementary hours, the minute reaching 35 h is excess
        MonthlyHours month = accord.classify(EmploymentContract.weeklyHours(28), YearMonth.of(2026, 3),
                days(5, 7));

        assertThat(month.get(COMPLEMENTARY_FIRST_TIER)).isEqualTo(168);
        assertThat(month.get(COMPLEMENTARY_SECOND_TIER)).isEqualTo(419 - 168);
        assertThat(month.get(PART_TIME_EXCESS)).isEqualTo(1);
    }

    @Test
    void withoutAnAccordComplementaryHoursStopAtATenthOfTheContractAndTheRestIsExcess() {
        // 24 h contract, 28 h worked: 1/10 of 24 h = 2.4 h at +10 %; the other 1.6 h are not allowed by the Code.
        MonthlyHours month = classifier.classify(EmploymentContract.weeklyHours(24), YearMonth.of(2026, 3), days(4, 7));

        assertThat(month.get(COMPLEMENTARY_FIRST_TIER)).isEqualTo(144);
        assertThat(month.get(COMPLEMENTARY_SECOND_TIER)).isZero();
        assertThat(month.get(PART_TIME_EXCESS)).isEqualTo(96);
    }

    @Test
    void eveningShiftCountsOnlyItsPartInsideTheNightWindow() {
        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 3),
                List.of(worked(LocalDateTime.of(2026, 3, 3, 20, 0), LocalDateTime.of(2026, 3, 4, 4, 0))));

        assertThat(month.get(WORKED)).isEqualTo(8 * 60);
        assertThat(month.get(NIGHT)).isEqualTo(7 * 60);
        assertThat(month.get(NIGHT_SHIFTS)).isEqualTo(1);
    }

    @Test
    void anyNightWindowCanBeConfigured() {
        HourClassifier accord = new HourClassifier(
                DEFAULTS.withNightWindow(java.time.LocalTime.of(22, 0), java.time.LocalTime.of(7, 0)), PARIS);

        MonthlyHours month = accord.classify(FULL_TIME, YearMonth.of(2026, 3),
                List.of(worked(LocalDateTime.of(2026, 3, 3, 20, 0), LocalDateTime.of(2026, 3, 4, 4, 0))));

        assertThat(month.get(NIGHT)).isEqualTo(6 * 60);
    }

    @Test
    void aStretchWithFewNightMinutesIsNotANightShift() {
        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 3),
                List.of(worked(LocalDateTime.of(2026, 3, 3, 15, 0), LocalDateTime.of(2026, 3, 3, 23, 0))));

        assertThat(month.get(NIGHT)).isEqualTo(2 * 60);
        assertThat(month.get(NIGHT_SHIFTS)).isZero();
    }

    @Test
    void aNightWorkedWithABreakIsOneNightShiftAndTwoNightsAreTwo() {
        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 3), List.of(
                worked(LocalDateTime.of(2026, 3, 3, 21, 0), LocalDateTime.of(2026, 3, 4, 1, 0)),
                worked(LocalDateTime.of(2026, 3, 4, 1, 20), LocalDateTime.of(2026, 3, 4, 7, 0)),
                worked(LocalDateTime.of(2026, 3, 5, 21, 0), LocalDateTime.of(2026, 3, 6, 7, 0))));

        assertThat(month.get(NIGHT)).isEqualTo(9 * 60 - 20 + 9 * 60);
        assertThat(month.get(NIGHT_SHIFTS)).isEqualTo(2);
    }

    @Test
    void aNightWithABreakOverTheLastNightOfAPayPeriodCountsInItAndItsMorningIsLoaded() {
        // Sunday 31 January 2027 ends January's pay period: 21:00-23:00, then 00:30-02:00 on Monday 1 February.
        List<TimePeriod> night = List.of(
                worked(LocalDateTime.of(2027, 1, 31, 21, 0), LocalDateTime.of(2027, 1, 31, 23, 0)),
                worked(LocalDateTime.of(2027, 2, 1, 0, 30), LocalDateTime.of(2027, 2, 1, 2, 0)));

        MonthlyHours january = classifier.classify(FULL_TIME, YearMonth.of(2027, 1), night);
        MonthlyHours february = classifier.classify(FULL_TIME, YearMonth.of(2027, 2), night);

        assertThat(classifier.inputWindow(YearMonth.of(2027, 1)).end())
                .isEqualTo(LocalDateTime.of(2027, 2, 1, 6, 0).atZone(PARIS).toInstant());
        assertThat(january.get(NIGHT_SHIFTS)).isEqualTo(1);
        assertThat(february.get(NIGHT_SHIFTS)).isZero();
    }

    @Test
    void saturdayNightCountsSundayHoursFromMidnightOnly() {
        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 3),
                List.of(worked(LocalDateTime.of(2026, 3, 7, 22, 0), LocalDateTime.of(2026, 3, 8, 6, 0))));

        assertThat(month.get(SUNDAY)).isEqualTo(6 * 60);
        assertThat(month.get(NIGHT)).isEqualTo(8 * 60);
    }

    @Test
    void holidayHoursCountOnlyThePartOnTheHoliday() {
        // Night from Monday 13 to Tuesday 14 July 2026 (Fête nationale).
        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 7),
                List.of(worked(LocalDateTime.of(2026, 7, 13, 21, 0), LocalDateTime.of(2026, 7, 14, 7, 0))));

        assertThat(month.get(PUBLIC_HOLIDAY)).isEqualTo(7 * 60);
        assertThat(month.get(MAY_DAY)).isZero();
    }

    @Test
    void mayDayHoursAreReportedApartFromOtherHolidays() {
        // 1 May and Ascension (14 May) 2026.
        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 5), List.of(
                worked(LocalDateTime.of(2026, 5, 1, 8, 0), LocalDateTime.of(2026, 5, 1, 16, 0)),
                worked(LocalDateTime.of(2026, 5, 14, 8, 0), LocalDateTime.of(2026, 5, 14, 13, 0))));

        assertThat(month.get(MAY_DAY)).isEqualTo(8 * 60);
        assertThat(month.get(PUBLIC_HOLIDAY)).isEqualTo(5 * 60);
    }

    @Test
    void alsaceMoselleCalendarMakesGoodFridayAHoliday() {
        HourClassifier alsace = new HourClassifier(
                DEFAULTS.withHolidayCalendar(HolidayCalendar.alsaceMoselleCalendar()), PARIS);
        List<TimePeriod> goodFriday = List.of(
                worked(LocalDateTime.of(2026, 4, 3, 8, 0), LocalDateTime.of(2026, 4, 3, 14, 0)));

        assertThat(alsace.classify(FULL_TIME, YearMonth.of(2026, 4), goodFriday).get(PUBLIC_HOLIDAY)).isEqualTo(360);
        assertThat(classifier.classify(FULL_TIME, YearMonth.of(2026, 4), goodFriday).get(PUBLIC_HOLIDAY)).isZero();
    }

    @Test
    void nightAcrossSpringForwardLastsNineHours() {
        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 3),
                List.of(worked(LocalDateTime.of(2026, 3, 28, 21, 0), LocalDateTime.of(2026, 3, 29, 7, 0))));

        assertThat(month.get(WORKED)).isEqualTo(9 * 60);
        assertThat(month.get(NIGHT)).isEqualTo(8 * 60);
        assertThat(month.get(SUNDAY)).isEqualTo(6 * 60);
    }

    @Test
    void nightAcrossFallBackLastsElevenHours() {
        MonthlyHours month = classifier.classify(FULL_TIME, YearMonth.of(2026, 10),
                List.of(worked(LocalDateTime.of(2026, 10, 24, 21, 0), LocalDateTime.of(2026, 10, 25, 7, 0))));

        assertThat(month.get(WORKED)).isEqualTo(11 * 60);
        assertThat(month.get(NIGHT)).isEqualTo(10 * 60);
    }

    @Test
    void weekStraddlingTwoMonthsIsReportedWholeInTheMonthItEnds() {
        // Week of Monday 26 January to Sunday 1 February 2026: 4 days in January, the Sunday in February.
        List<TimePeriod> periods = straddlingWeek();

        MonthlyHours january = classifier.classify(FULL_TIME, YearMonth.of(2026, 1), periods);
        MonthlyHours february = classifier.classify(FULL_TIME, YearMonth.of(2026, 2), periods);

        assertThat(january.payPeriod()).isEqualTo(new PayPeriod(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 25)));
        assertThat(january.get(WORKED)).isZero();
        assertThat(february.payPeriod().firstDay()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(february.get(WORKED)).isEqualTo(45 * 60);
        assertThat(february.get(OVERTIME_FIRST_TIER)).isEqualTo(8 * 60);
        assertThat(february.get(OVERTIME_SECOND_TIER)).isEqualTo(2 * 60);
        assertThat(february.get(SUNDAY)).isEqualTo(9 * 60);
    }

    @Test
    void weekStraddlingTwoMonthsIsSharedProRataWhenSoSet() {
        HourClassifier proRata = new HourClassifier(
                DEFAULTS.withStraddlingWeekPolicy(StraddlingWeekPolicy.PRO_RATA), PARIS);
        List<TimePeriod> periods = straddlingWeek();

        MonthlyHours january = proRata.classify(FULL_TIME, YearMonth.of(2026, 1), periods);
        MonthlyHours february = proRata.classify(FULL_TIME, YearMonth.of(2026, 2), periods);

        // 36 of the week's 45 h fall in January: 80 % of each category.
        assertThat(january.get(WORKED)).isEqualTo(36 * 60);
        assertThat(january.get(NORMAL)).isEqualTo(1680);
        assertThat(january.get(OVERTIME_FIRST_TIER)).isEqualTo(384);
        assertThat(january.get(OVERTIME_SECOND_TIER)).isEqualTo(96);
        assertThat(february.get(WORKED)).isEqualTo(9 * 60);
        assertThat(february.get(NORMAL)).isEqualTo(420);
        assertThat(february.get(OVERTIME_FIRST_TIER)).isEqualTo(96);
        assertThat(february.get(OVERTIME_SECOND_TIER)).isEqualTo(24);
        assertThat(february.get(SUNDAY)).isEqualTo(9 * 60);
    }

    @Test
    void absencesDoNotCountTowardOvertimeUnlessTheRuleSetSaysSo() {
        List<TimePeriod> week = new ArrayList<>();
        week.add(new TimePeriod(at(LocalDateTime.of(2026, 3, 2, 9, 0)), at(LocalDateTime.of(2026, 3, 2, 16, 0)),
                TimeKind.PAID_LEAVE));
        for (int day = 3; day <= 6; day++) {
            LocalDateTime start = LocalDateTime.of(2026, 3, day, 8, 0);
            week.add(worked(start, start.plusMinutes(9 * 60 + 30)));
        }
        HourClassifier leaveCounts = new HourClassifier(
                DEFAULTS.withAbsencesCountingAsWorked(Set.of(TimeKind.PAID_LEAVE)), PARIS);

        MonthlyHours byDefault = classifier.classify(FULL_TIME, YearMonth.of(2026, 3), week);
        MonthlyHours byAccord = leaveCounts.classify(FULL_TIME, YearMonth.of(2026, 3), week);

        assertThat(byDefault.get(ABSENCE_PAID_LEAVE)).isEqualTo(7 * 60);
        assertThat(byDefault.get(OVERTIME_FIRST_TIER)).isEqualTo(3 * 60);
        assertThat(byAccord.get(OVERTIME_FIRST_TIER)).isEqualTo(8 * 60);
        assertThat(byAccord.get(OVERTIME_SECOND_TIER)).isEqualTo(2 * 60);
        assertThat(byAccord.get(WORKED)).isEqualTo(38 * 60);
    }

    @Test
    void overlappingPeriodsAreRejected() {
        List<TimePeriod> overlapping = List.of(
                worked(LocalDateTime.of(2026, 3, 2, 8, 0), LocalDateTime.of(2026, 3, 2, 12, 0)),
                worked(LocalDateTime.of(2026, 3, 2, 11, 0), LocalDateTime.of(2026, 3, 2, 15, 0)));

        assertThatThrownBy(() -> classifier.classify(FULL_TIME, YearMonth.of(2026, 3), overlapping))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    @Test
    void inputWindowCoversTheWholeWeeksOfThePayPeriodAndItsLastNight() {
        HourClassifier.TimeWindow window = classifier.inputWindow(YearMonth.of(2026, 2));

        assertThat(window.start()).isEqualTo(at(LocalDateTime.of(2026, 1, 26, 0, 0)));
        assertThat(window.end()).isEqualTo(at(LocalDateTime.of(2026, 2, 23, 6, 0)));
    }

    private static List<TimePeriod> straddlingWeek() {
        List<TimePeriod> periods = new ArrayList<>();
        for (int day = 26; day <= 29; day++) {
            periods.add(worked(LocalDateTime.of(2026, 1, day, 8, 0), LocalDateTime.of(2026, 1, day, 17, 0)));
        }
        periods.add(worked(LocalDateTime.of(2026, 2, 1, 8, 0), LocalDateTime.of(2026, 2, 1, 17, 0)));
        return periods;
    }

    /** {@code count} days from Monday 2 March 2026, each of {@code hours} hours from 08:00. */
    private static List<TimePeriod> days(int count, double hours) {
        List<TimePeriod> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime start = LocalDateTime.of(2026, 3, 2 + i, 8, 0);
            periods.add(worked(start, start.plusMinutes(Math.round(hours * 60))));
        }
        return periods;
    }

    private static TimePeriod worked(LocalDateTime start, LocalDateTime end) {
        return TimePeriod.worked(at(start), at(end));
    }

    private static java.time.Instant at(LocalDateTime local) {
        return local.atZone(PARIS).toInstant();
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
