package org.permanence.rota.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.permanence.benchmark.Evaluation;
import org.permanence.benchmark.HardViolation;
import org.permanence.benchmark.HardViolation.Rule;
import org.permanence.benchmark.Instance;
import org.permanence.benchmark.BenchmarkFiles;
import org.permanence.benchmark.RosterEvaluator;
import org.permanence.benchmark.RotaImporter;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.EmployeeHistory;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pattern planner on public benchmark instances, judged by the independent {@link RosterEvaluator}: the day rules
 * are part of its programme and always kept; the totals are priced and kept on the small instances.
 */
class EmployeePatternPlannerTest {

    private static final Set<Rule> DAY_RULES = EnumSet.of(Rule.SHIFT_ROTATION, Rule.MAX_CONSECUTIVE_SHIFTS,
            Rule.MIN_CONSECUTIVE_SHIFTS, Rule.MIN_CONSECUTIVE_DAYS_OFF, Rule.DAY_OFF, Rule.UNKNOWN_SHIFT_TYPE);

    @ParameterizedTest
    @ValueSource(ints = {7, 13, 14, 21})
    void everyonePlannedInTurnKeepsTheirRunsDaysOffAndSuccessions(int instanceNumber) {
        Instance instance = BenchmarkFiles.instance(instanceNumber);
        RotaPlan rota = RotaImporter.toRota(instance);

        planEveryoneInTurn(rota);

        assertThat(evaluate(instance, rota).hardViolations())
                .filteredOn(violation -> DAY_RULES.contains(violation.rule()))
                .extracting(HardViolation::describe)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void onSmallInstancesEveryoneGetsAFeasiblePatternOutright(int instanceNumber) {
        Instance instance = BenchmarkFiles.instance(instanceNumber);
        RotaPlan rota = RotaImporter.toRota(instance);

        planEveryoneInTurn(rota);

        assertThat(evaluate(instance, rota).hardViolations()).extracting(HardViolation::describe).isEmpty();
    }

    @Test
    void aWindowIsRePlannedAndEveryOtherDayKept() {
        RotaPlan rota = RotaImporter.toRota(BenchmarkFiles.instance(7));
        EmployeeDay[][] grid = planEveryoneInTurn(rota);
        EmployeeDay[] row = grid[3];
        ShiftType[] before = new ShiftType[row.length];
        for (EmployeeDay day : row) {
            before[day.getDayIndex()] = day.getShiftType();
        }
        // Nobody else works: the window's best pattern differs from the one planned against full cover.
        for (int other = 0; other < grid.length; other++) {
            if (other != 3) {
                for (EmployeeDay day : grid[other]) {
                    if (!day.isPinned()) {
                        day.setShiftType(null);
                    }
                }
            }
        }

        ShiftType[] planned = new EmployeePatternPlanner(rota, grid).plan(3, 7, 21, new Random(1));

        for (EmployeeDay day : row) {
            int index = day.getDayIndex();
            if (index < 7 || index >= 21 || day.isPinned()) {
                assertThat(planned[index]).as("day %d", index).isSameAs(before[index]);
            }
        }
        assertThat(planned).isNotEqualTo(before);
    }

    @Test
    void theProfiledWorkPlansEveryoneTwiceThenTheWindowsAndLeavesTheirDayRulesKept() {
        Instance instance = BenchmarkFiles.instance(14);
        RotaPlan rota = RotaImporter.toRota(instance);

        PatternConstruction.PlanningProfile profile = PatternConstruction.profilePlanning(rota, 50);

        assertThat(profile.wholePeriodPlans()).isEqualTo(2 * instance.staff().size());
        assertThat(profile.windowPlans()).isEqualTo(50);
        assertThat(rota.getEmployeeDays()).anyMatch(day -> day.getShiftType() != null);
        assertThat(evaluate(instance, rota).hardViolations())
                .filteredOn(violation -> DAY_RULES.contains(violation.rule()))
                .extracting(HardViolation::describe)
                .isEmpty();
    }

    @Test
    void aPlannerThatHasSeenTheRotaFollowsItsChanges() {
        RotaPlan rota = RotaImporter.toRota(BenchmarkFiles.instance(7));
        EmployeeDay[][] grid = planEveryoneInTurn(rota);
        EmployeePatternPlanner seenBefore = new EmployeePatternPlanner(rota, grid);
        ShiftType[] againstEveryone = seenBefore.plan(3, 7, 21, new Random(1));
        // Half the others off around the window: its cover falls short, so the best pattern changes.
        for (int other = 0; other < grid.length; other += 2) {
            for (EmployeeDay day : grid[other]) {
                if (!day.isPinned() && day.getDayIndex() >= 5 && day.getDayIndex() < 23) {
                    day.setShiftType(null);
                }
            }
        }

        ShiftType[] replanned = seenBefore.plan(3, 7, 21, new Random(1));

        ShiftType[] planned = new EmployeePatternPlanner(rota, grid).plan(3, 7, 21, new Random(1));
        assertThat(replanned).containsExactly(planned).isNotEqualTo(againstEveryone);
    }

    @Test
    void aTemplateWorkedOnWeekendsOnlyIsNeverPlannedOnAWeekday() {
        ShiftType day = new ShiftType("D", "phone", LocalTime.of(9, 0), 480, Set.of());
        ShiftType weekend = new ShiftType("W", "phone", LocalTime.of(9, 0), 480, Set.of(),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        LocalDate saturday = LocalDate.of(2025, 3, 1);
        List<CoverDemand> nineToFive = saturday.datesUntil(saturday.plusDays(14))
                .map(date -> CoverDemand.forSkill("phone", date.atTime(9, 0).toInstant(ZoneOffset.UTC),
                        date.atTime(17, 0).toInstant(ZoneOffset.UTC), 1, 100, 1))
                .toList();
        Employee ada = new Employee("ada", "Ada", Set.of("phone"), WorkRules.unrestricted(), EmployeeHistory.none());
        RotaPlan rota = new RotaPlan(saturday, saturday.plusDays(13), RotaSettings.defaults(ZoneOffset.UTC, Set.of()),
                List.of(ada), List.of(day, weekend), nineToFive, List.of(), List.of(), List.of());
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);

        ShiftType[] planned = new EmployeePatternPlanner(rota, grid).plan(0, 0, 14, new Random(1));

        assertThat(planned).as("a shift every day covers every day").doesNotContainNull();
        for (EmployeeDay employeeDay : grid[0]) {
            assertThat(employeeDay.mayTake(planned[employeeDay.getDayIndex()])).as(employeeDay.toString()).isTrue();
        }
    }

    @Test
    void understaffedTypesAreThoseWhoseCoverIsShortOfItsRequirement() {
        Instance instance = BenchmarkFiles.instance(3);
        RotaPlan rota = RotaImporter.toRota(instance);
        EmployeeDay[][] grid = planEveryoneInTurn(rota);
        EmployeePatternPlanner planner = new EmployeePatternPlanner(rota, grid);
        Random random = new Random(2);
        // The planner counts people once, then follows the rota as it changes.
        for (int day = 0; day < instance.horizon(); day++) {
            planner.understaffedType(day, random);
        }
        int filledDay = 0;
        while (!fillCover(instance, grid, filledDay)) {
            filledDay++;
        }
        int daysWithShortCover = 0;

        for (int day = 0; day < instance.horizon(); day++) {
            Set<String> shortTypes = new HashSet<>();
            for (Instance.Cover cover : instance.cover()) {
                if (cover.day() == day && working(grid, day, cover.shiftTypeId()) < cover.requirement()) {
                    shortTypes.add(cover.shiftTypeId());
                }
            }
            daysWithShortCover += shortTypes.isEmpty() ? 0 : 1;
            for (int draw = 0; draw < 5; draw++) {
                ShiftType understaffed = planner.understaffedType(day, random);
                if (shortTypes.isEmpty()) {
                    assertThat(understaffed).as("day %d", day).isNull();
                } else {
                    assertThat(understaffed).as("day %d", day).isNotNull();
                    assertThat(shortTypes).as("day %d", day).contains(understaffed.getCode());
                }
            }
        }
        assertThat(daysWithShortCover).as("the planned roster leaves some cover short, not on day %d", filledDay)
                .isPositive().isLessThan(instance.horizon());
    }

    /** Puts people who are off on {@code day} on the shifts its cover is short of, rules aside; true if enough were. */
    private static boolean fillCover(Instance instance, EmployeeDay[][] grid, int day) {
        boolean filled = true;
        for (Instance.Cover cover : instance.cover()) {
            for (EmployeeDay[] row : grid) {
                if (cover.day() == day && working(grid, day, cover.shiftTypeId()) < cover.requirement()
                        && row[day].getShiftType() == null) {
                    row[day].getAllowedShiftTypes().stream()
                            .filter(type -> type.getCode().equals(cover.shiftTypeId()))
                            .findFirst().ifPresent(row[day]::setShiftType);
                }
            }
            filled &= cover.day() != day || working(grid, day, cover.shiftTypeId()) >= cover.requirement();
        }
        return filled;
    }

    /** How many people of the grid work the shift type {@code shiftTypeCode} on {@code day}. */
    static long working(EmployeeDay[][] grid, int day, String shiftTypeCode) {
        return Arrays.stream(grid).map(row -> row[day].getShiftType())
                .filter(type -> type != null && type.getCode().equals(shiftTypeCode)).count();
    }

    private static EmployeeDay[][] planEveryoneInTurn(RotaPlan rota) {
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);
        EmployeePatternPlanner planner = new EmployeePatternPlanner(rota, grid);
        Random random = new Random(0);
        for (int employee = 0; employee < grid.length; employee++) {
            ShiftType[] planned = planner.plan(employee, 0, grid[employee].length, random);
            for (EmployeeDay day : grid[employee]) {
                if (!day.isPinned()) {
                    day.setShiftType(planned[day.getDayIndex()]);
                }
            }
        }
        return grid;
    }

    private static Evaluation evaluate(Instance instance, RotaPlan rota) {
        return new RosterEvaluator(instance).evaluate(RotaImporter.rosterOf(rota));
    }
}
