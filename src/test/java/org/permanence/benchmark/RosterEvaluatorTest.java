package org.permanence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.benchmark.HardViolation.Rule;

class RosterEvaluatorTest {

    @ParameterizedTest
    @CsvSource({"1,607", "2,828", "3,1001", "4,1716"})
    void scoresThePublishedRostersAtTheirKnownPenalty(int number, long penalty) {
        Instance instance = BenchmarkFiles.instance(number);

        Evaluation evaluation = new RosterEvaluator(instance).evaluate(BenchmarkFiles.publishedRoster(instance));

        assertThat(evaluation.hardViolations()).isEmpty();
        assertThat(evaluation.penalty()).isEqualTo(penalty);
    }

    // Instance 2, employee A (index 0) works: E E L . . L L L L L . . . .  (days 0-13; day 3 is a fixed day off)

    @Test
    void flagsAForbiddenSuccession() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster roster = BenchmarkFiles.publishedRoster(instance);
        roster.assign(0, 1, "L");
        roster.assign(0, 2, "E");

        assertThat(violations(instance, roster)).containsExactly(
                new HardViolation("A", 1, 2, Rule.SHIFT_ROTATION, "L then E", 1, 0));
    }

    @Test
    void flagsTooManyShiftsOfAType() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster roster = BenchmarkFiles.publishedRoster(instance);
        // D may never work L; D works E on day 13.
        roster.assign(3, 13, "L");

        assertThat(violations(instance, roster)).containsExactly(
                new HardViolation("D", 0, 13, Rule.MAX_SHIFTS_OF_TYPE, "L", 1, 0));
    }

    @Test
    void flagsTooManyAndTooFewMinutes() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster tooMuch = BenchmarkFiles.publishedRoster(instance);
        // A: 8 shifts = 3840 min; max 4320. Working days 10 and 11 too makes 10 shifts = 4800 min.
        tooMuch.assign(0, 10, "L");
        tooMuch.assign(0, 11, "L");
        tooMuch.assign(0, 12, "L");
        tooMuch.assign(0, 13, "L");
        Roster tooLittle = BenchmarkFiles.publishedRoster(instance);
        // A: drop days 5-9 leaves 3 shifts = 1440 min; min 3360.
        for (int day = 5; day <= 9; day++) {
            tooLittle.assign(0, day, null);
        }

        assertThat(violations(instance, tooMuch)).contains(
                new HardViolation("A", 0, 13, Rule.MAX_TOTAL_MINUTES, "", 5760, 4320));
        assertThat(violations(instance, tooLittle)).containsExactly(
                new HardViolation("A", 0, 13, Rule.MIN_TOTAL_MINUTES, "", 1440, 3360));
    }

    @Test
    void flagsTooManyConsecutiveShiftsEvenFromTheFirstDay() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster roster = BenchmarkFiles.publishedRoster(instance);
        // J: L L L L . . . . . L L L L L; working days 4 and 5 too gives a run of 6 from day 0 (max 5).
        roster.assign(9, 4, "L");
        roster.assign(9, 5, "L");

        assertThat(violations(instance, roster)).contains(
                new HardViolation("J", 0, 5, Rule.MAX_CONSECUTIVE_SHIFTS, "", 6, 5));
    }

    @Test
    void flagsAShortWorkingRunOnlyInsideTheHorizon() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster roster = BenchmarkFiles.publishedRoster(instance);
        // B: . . E E E . . E E E . . E E; keep only day 7 of the middle run: a single working day between days off.
        roster.assign(1, 8, null);
        roster.assign(1, 9, null);
        Roster atTheEnd = BenchmarkFiles.publishedRoster(instance);
        // A single working day on the last day touches the horizon end and is allowed.
        atTheEnd.assign(1, 12, null);

        assertThat(violations(instance, roster)).contains(
                new HardViolation("B", 7, 7, Rule.MIN_CONSECUTIVE_SHIFTS, "", 1, 2));
        assertThat(violations(instance, atTheEnd)).extracting(HardViolation::rule)
                .doesNotContain(Rule.MIN_CONSECUTIVE_SHIFTS);
    }

    @Test
    void flagsAShortRestRunOnlyInsideTheHorizon() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster roster = BenchmarkFiles.publishedRoster(instance);
        // B: . . E E E . . E E E . . E E; working day 6 leaves day 5 as a single day off (min 2).
        roster.assign(1, 6, "E");
        Roster atTheStart = BenchmarkFiles.publishedRoster(instance);
        // H: E E L . . ...; a single day off on day 0 touches the horizon start and is allowed.
        atTheStart.assign(7, 0, null);

        assertThat(violations(instance, roster)).contains(
                new HardViolation("B", 5, 5, Rule.MIN_CONSECUTIVE_DAYS_OFF, "", 1, 2));
        assertThat(violations(instance, atTheStart)).extracting(HardViolation::rule)
                .doesNotContain(Rule.MIN_CONSECUTIVE_DAYS_OFF);
    }

    @Test
    void flagsTooManyWorkedWeekendsCountingSaturdayOrSunday() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster roster = BenchmarkFiles.publishedRoster(instance);
        // B works Sunday 13; working Saturday 5 too makes two worked weekends (max 1).
        roster.assign(1, 5, "E");

        assertThat(violations(instance, roster)).contains(
                new HardViolation("B", 0, 13, Rule.MAX_WEEKENDS, "", 2, 1));
    }

    @Test
    void flagsWorkOnAFixedDayOff() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster roster = BenchmarkFiles.publishedRoster(instance);
        // A has day 3 off.
        roster.assign(0, 3, "E");

        assertThat(violations(instance, roster)).contains(
                new HardViolation("A", 3, 3, Rule.DAY_OFF, "E", 1, 0));
    }

    @Test
    void flagsAShiftTypeTheInstanceDoesNotHave() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster roster = BenchmarkFiles.publishedRoster(instance);
        roster.assign(0, 0, "N");

        assertThat(violations(instance, roster)).contains(
                new HardViolation("A", 0, 0, Rule.UNKNOWN_SHIFT_TYPE, "N", 1, 0));
    }

    @Test
    void penaltyAddsRequestsAndCoverPerShiftType() {
        Instance instance = BenchmarkFiles.instance(1);
        Roster empty = Roster.allOff(instance.staff().size(), instance.horizon());

        Evaluation evaluation = new RosterEvaluator(instance).evaluate(empty);

        long onRequests = instance.shiftOnRequests().stream().mapToLong(Instance.ShiftRequest::weight).sum();
        long under = instance.cover().stream().mapToLong(cover -> 100L * cover.requirement()).sum();
        assertThat(evaluation.shiftOnRequestPenalty()).isEqualTo(onRequests);
        assertThat(evaluation.shiftOffRequestPenalty()).isZero();
        assertThat(evaluation.underCoverPenalty()).isEqualTo(under);
        assertThat(evaluation.overCoverPenalty()).isZero();
    }

    private static List<HardViolation> violations(Instance instance, Roster roster) {
        return new RosterEvaluator(instance).evaluate(roster).hardViolations();
    }
}
