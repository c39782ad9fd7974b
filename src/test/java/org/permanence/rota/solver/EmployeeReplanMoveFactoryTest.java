package org.permanence.rota.solver;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.Test;

import org.permanence.benchmark.Instance;
import org.permanence.benchmark.InstanceReader;
import org.permanence.benchmark.Roster;
import org.permanence.benchmark.RotaImporter;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.rota.solver.EmployeePatternPlannerTest.working;

class EmployeeReplanMoveFactoryTest {

    /**
     * X works the early shift from Monday to Friday and is the only one who may work the late shift, which Wednesday
     * needs more. Y may only work early shifts and is off all week; six others only work night shifts, which no
     * one needs.
     */
    private static final Instance WEDNESDAY_LATE_SHIFT_MISSING = InstanceReader.parse("hand-over", List.of(
            "SECTION_HORIZON", "7", "",
            "SECTION_SHIFTS", "E,480,", "L,480,", "N,480,", "",
            "SECTION_STAFF", "X,E=7|L=7|N=0,2400,2400,5,1,1,1", "Y,E=7|L=0|N=0,2400,0,5,1,1,1",
            "N1,E=0|L=0|N=7,2400,0,5,1,1,1", "N2,E=0|L=0|N=7,2400,0,5,1,1,1", "N3,E=0|L=0|N=7,2400,0,5,1,1,1",
            "N4,E=0|L=0|N=7,2400,0,5,1,1,1", "N5,E=0|L=0|N=7,2400,0,5,1,1,1", "N6,E=0|L=0|N=7,2400,0,5,1,1,1", "",
            "SECTION_DAYS_OFF", "",
            "SECTION_SHIFT_ON_REQUESTS", "",
            "SECTION_SHIFT_OFF_REQUESTS", "",
            "SECTION_COVER", "0,E,1,100,1", "1,E,1,100,1", "2,E,1,100,1", "3,E,1,100,1", "4,E,1,100,1",
            "2,L,1,200,1"));
    private static final int X = 0;
    private static final int WEDNESDAY = 2;

    @Test
    void rePlanningTheFirstEmployeeAloneOnlyMovesTheGap() {
        RotaPlan rota = xWorksEarlyFromMondayToFriday();
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);

        ShiftType[] planned = new EmployeePatternPlanner(rota, grid).plan(X, 0, 7, new Random(0));
        for (EmployeeDay day : grid[X]) {
            day.setShiftType(planned[day.getDayIndex()]);
        }

        assertThat(working(grid, WEDNESDAY, "L")).isEqualTo(1);
        assertThat(working(grid, WEDNESDAY, "E")).isZero();
    }

    @Test
    void aHandOverChainFillsTheShiftTheFirstEmployeeGivesUp() {
        RotaPlan rota = xWorksEarlyFromMondayToFriday();
        EmployeeReplanMoveFactory factory = new EmployeeReplanMoveFactory();
        factory.startOn(rota);

        EmployeeReplanMove move = factory.handOverChain(new Random(0), 0, 7, X).move();
        for (Map.Entry<EmployeeDay, ShiftType> change : move.changes().entrySet()) {
            change.getKey().setShiftType(change.getValue());
        }

        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);
        assertThat(working(grid, WEDNESDAY, "L")).isEqualTo(1);
        assertThat(working(grid, WEDNESDAY, "E")).as("Y takes the early shift X gave up").isEqualTo(1);
        assertThat(grid[1][WEDNESDAY].getShiftType().getCode()).isEqualTo("E");
    }

    /**
     * Saturday needs a short shift that only X may work, and X works four long shifts, their maximum. Y works four
     * short shifts beside them, 480 minutes under their own maximum, and has Saturday off.
     */
    private static final Instance SATURDAY_SHIFT_MISSING = InstanceReader.parse("lending", List.of(
            "SECTION_HORIZON", "7", "",
            "SECTION_SHIFTS", "S,480,", "L,600,", "",
            "SECTION_STAFF", "X,S=7|L=7,2400,0,7,1,1,1", "Y,S=7|L=7,2400,0,7,1,1,1", "",
            "SECTION_DAYS_OFF", "Y,5", "",
            "SECTION_SHIFT_ON_REQUESTS", "",
            "SECTION_SHIFT_OFF_REQUESTS", "",
            "SECTION_COVER", "0,S,1,100,1", "1,S,1,100,1", "2,S,1,100,1", "3,S,1,100,1",
            "0,L,1,100,1", "1,L,1,100,1", "2,L,1,100,1", "3,L,1,100,1", "5,S,1,100,1"));
    private static final int Y = 1;
    private static final int SATURDAY = 5;

    @Test
    void someoneAtTheirMaximumFillsAShortCellWithMinutesExchangedFromSomeoneWithRoom() {
        RotaPlan rota = RotaImporter.toRota(SATURDAY_SHIFT_MISSING);
        Roster roster = Roster.allOff(2, 7);
        for (int day = 0; day < 4; day++) {
            roster.assign(X, day, "L");
            roster.assign(Y, day, "S");
        }
        RotaImporter.apply(roster, rota);
        EmployeeReplanMoveFactory factory = new EmployeeReplanMoveFactory();
        factory.startOn(rota);
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);

        EmployeeReplanMove move = factory.aimedChain(new Random(0), 4, 7, X, SATURDAY,
                grid[X][SATURDAY].getAllowedShiftTypes().stream().filter(type -> type.getCode().equals("S"))
                        .findFirst().orElseThrow()).move();
        for (Map.Entry<EmployeeDay, ShiftType> change : move.changes().entrySet()) {
            change.getKey().setShiftType(change.getValue());
        }

        assertThat(working(grid, SATURDAY, "S")).isEqualTo(1);
        for (int day = 0; day < 4; day++) {
            assertThat(working(grid, day, "S")).as("day %d keeps its short shift", day).isEqualTo(1);
            assertThat(working(grid, day, "L")).as("day %d keeps its long shift", day).isEqualTo(1);
        }
        assertThat(minutesWorked(grid[X])).isEqualTo(2400);
        assertThat(minutesWorked(grid[Y])).isEqualTo(2400);
    }

    /** W may work one shift in the week and works Monday's, which Monday needs; Tuesday needs one too, as much. */
    private static final Instance ONE_SHIFT_FOR_TWO_DAYS = InstanceReader.parse("one shift for two days", List.of(
            "SECTION_HORIZON", "7", "",
            "SECTION_SHIFTS", "E,480,", "",
            "SECTION_STAFF", "W,E=7,480,0,5,1,1,1", "",
            "SECTION_DAYS_OFF", "",
            "SECTION_SHIFT_ON_REQUESTS", "",
            "SECTION_SHIFT_OFF_REQUESTS", "",
            "SECTION_COVER", "0,E,1,100,1", "1,E,1,100,1"));
    private static final int TUESDAY = 1;

    @Test
    void withABonusTheFirstPersonOfAnAimedRePlanGivesUpAShiftForTheCellAimedAt() {
        assertThat(tuesdaysFilledOfTwentySeeds(100)).isEqualTo(20);
        assertThat(tuesdaysFilledOfTwentySeeds(0)).as("without it, at par with Monday's").isLessThan(20);
    }

    /** In how many of twenty seeds W's re-plan aimed at Tuesday works Tuesday, with {@code aimedCellBonusPercent}. */
    private static int tuesdaysFilledOfTwentySeeds(int aimedCellBonusPercent) {
        int filled = 0;
        for (int seed = 0; seed < 20; seed++) {
            RotaPlan rota = RotaImporter.toRota(ONE_SHIFT_FOR_TWO_DAYS);
            Roster roster = Roster.allOff(1, 7);
            roster.assign(0, 0, "E");
            RotaImporter.apply(roster, rota);
            EmployeeReplanMoveFactory factory = new EmployeeReplanMoveFactory();
            factory.setAimedCellBonusPercent(aimedCellBonusPercent);
            factory.startOn(rota);
            EmployeeDay tuesday = EmployeeBlockSwapMoveFactory.grid(rota)[0][TUESDAY];
            ShiftType early = tuesday.getAllowedShiftTypes().get(0);

            EmployeeReplanMove move = factory.aimedChain(new Random(seed), 0, 7, 0, TUESDAY, early).move();

            if (move.changes().get(tuesday) == early) {
                filled++;
            }
        }
        return filled;
    }

    /**
     * Saturday needs one more shift. Four people may work it, each on at most one weekend; three are off all week, H
     * works Sunday.
     */
    private static final Instance SATURDAY_SHORT_H_WORKS_SUNDAY = InstanceReader.parse("half weekend", List.of(
            "SECTION_HORIZON", "7", "",
            "SECTION_SHIFTS", "S,480,", "",
            "SECTION_STAFF", "A,S=7,2400,0,5,1,1,1", "B,S=7,2400,0,5,1,1,1", "C,S=7,2400,0,5,1,1,1",
            "H,S=7,2400,0,5,1,1,1", "",
            "SECTION_DAYS_OFF", "",
            "SECTION_SHIFT_ON_REQUESTS", "",
            "SECTION_SHIFT_OFF_REQUESTS", "",
            "SECTION_COVER", "5,S,1,100,1", "6,S,1,100,1"));
    private static final int H = 3;
    private static final int SUNDAY = 6;

    @Test
    void aimedAtAWeekendDayItStartsWithSomeoneWhoWorksTheOtherDayOfThatWeekend() {
        assertThat(employeesFillingSaturday(100)).containsOnly("H");
        assertThat(employeesFillingSaturday(0)).as("anyone who may work it, without the preference")
                .contains("H").hasSizeGreaterThan(1);
    }

    /** Who fills Saturday in the aimed re-plans of twenty seeds, with {@code halfWeekendPercent}. */
    private static Set<String> employeesFillingSaturday(int halfWeekendPercent) {
        Set<String> filling = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            RotaPlan rota = RotaImporter.toRota(SATURDAY_SHORT_H_WORKS_SUNDAY);
            Roster roster = Roster.allOff(4, 7);
            roster.assign(H, SUNDAY, "S");
            RotaImporter.apply(roster, rota);
            EmployeeReplanMoveFactory factory = new EmployeeReplanMoveFactory();
            factory.setHalfWeekendPercent(halfWeekendPercent);
            factory.startOn(rota);
            var aimed = factory.aimedAtUnderstaffing(new Random(seed), 7);
            if (aimed == null) {
                continue; // the random days tried missed Saturday
            }
            aimed.move().changes().forEach((day, type) -> {
                if (day.getDayIndex() == SATURDAY && type != null) {
                    filling.add(day.getEmployee().getId());
                }
            });
        }
        return filling;
    }

    /**
     * Monday needs one shift of each type A, B, C, D, its under weights falling from A to D. Each of W1, W2, W3 may
     * work one shift in all, of two neighbouring types (W1: A or B, W2: B or C, W3: C or D), and works the later one
     * on Monday; W4, who may only work D, is off. Filling A takes four hand-overs: W1 to A, W2 to B, W3 to C, W4 to D.
     */
    private static final Instance FOUR_HAND_OVERS = InstanceReader.parse("four hand-overs", List.of(
            "SECTION_HORIZON", "7", "",
            "SECTION_SHIFTS", "A,480,", "B,480,", "C,480,", "D,480,", "",
            "SECTION_STAFF", "W1,A=7|B=7|C=0|D=0,480,0,7,1,1,1", "W2,A=0|B=7|C=7|D=0,480,0,7,1,1,1",
            "W3,A=0|B=0|C=7|D=7,480,0,7,1,1,1", "W4,A=0|B=0|C=0|D=7,480,0,7,1,1,1", "",
            "SECTION_DAYS_OFF", "",
            "SECTION_SHIFT_ON_REQUESTS", "",
            "SECTION_SHIFT_OFF_REQUESTS", "",
            "SECTION_COVER", "0,A,1,100,1", "0,B,1,90,1", "0,C,1,80,1", "0,D,1,70,1"));
    private static final int MONDAY = 0;

    @Test
    void aHandOverChainGoesOnToItsLongestLength() {
        EmployeeDay[][] defaultChain = afterChainFromW1(new EmployeeReplanMoveFactory());
        assertThat(working(defaultChain, MONDAY, "A")).isEqualTo(1);
        assertThat(working(defaultChain, MONDAY, "D")).as("three hand-overs by default: W4 is not reached").isZero();

        EmployeeReplanMoveFactory longer = new EmployeeReplanMoveFactory();
        longer.setLongestHandOverChain(4);
        EmployeeDay[][] longerChain = afterChainFromW1(longer);
        for (String type : List.of("A", "B", "C", "D")) {
            assertThat(working(longerChain, MONDAY, type)).as("Monday's %s", type).isEqualTo(1);
        }
    }

    private static EmployeeDay[][] afterChainFromW1(EmployeeReplanMoveFactory factory) {
        RotaPlan rota = RotaImporter.toRota(FOUR_HAND_OVERS);
        Roster roster = Roster.allOff(4, 7);
        roster.assign(0, MONDAY, "B");
        roster.assign(1, MONDAY, "C");
        roster.assign(2, MONDAY, "D");
        RotaImporter.apply(roster, rota);
        factory.startOn(rota);
        EmployeeReplanMove move = factory.handOverChain(new Random(0), 0, 7, 0).move();
        for (Map.Entry<EmployeeDay, ShiftType> change : move.changes().entrySet()) {
            change.getKey().setShiftType(change.getValue());
        }
        return EmployeeBlockSwapMoveFactory.grid(rota);
    }

    @Test
    void aRePlanNoLongerFitsOnceARowItChangesHasChanged() {
        RotaPlan rota = xWorksEarlyFromMondayToFriday();
        EmployeeReplanMoveFactory factory = new EmployeeReplanMoveFactory();
        factory.startOn(rota);
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);

        EmployeeReplanMoveFactory.Planned planned = factory.handOverChain(new Random(0), 0, 7, X);
        assertThat(planned.stillFits()).isTrue();

        grid[X][0].setShiftType(null);
        assertThat(planned.stillFits()).as("X's Monday changed since the re-plan was planned").isFalse();
    }

    @Test
    void aBackgroundPlannerFindsTheHandOverAndStopsWithThePhase() {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RotaPlan.class)
                .withEntityClasses(EmployeeDay.class)
                .withConstraintProviderClass(RotaConstraintProvider.class)
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(EmployeeReplanMoveFactory.class)
                        .withMoveIteratorFactoryCustomProperties(
                                Map.of(EmployeeReplanMoveFactory.BACKGROUND_PLANNERS, "1"))))
                .withTerminationConfig(new TerminationConfig()
                        .withBestScoreLimit("0hard/0medium/0soft").withSpentLimit(Duration.ofSeconds(30)));

        RotaPlan solved = SolverFactory.<RotaPlan>create(config).buildSolver().solve(xWorksEarlyFromMondayToFriday());

        assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.ZERO);
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(solved);
        assertThat(working(grid, WEDNESDAY, "L")).isEqualTo(1);
        assertThat(working(grid, WEDNESDAY, "E")).isEqualTo(1);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("re-plans-"));
    }

    private static long minutesWorked(EmployeeDay[] row) {
        return Arrays.stream(row).filter(EmployeeDay::isWorking)
                .mapToLong(day -> day.getShift().durationMinutes()).sum();
    }

    private static RotaPlan xWorksEarlyFromMondayToFriday() {
        RotaPlan rota = RotaImporter.toRota(WEDNESDAY_LATE_SHIFT_MISSING);
        Roster roster = Roster.allOff(8, 7);
        for (int day = 0; day < 5; day++) {
            roster.assign(X, day, "E");
        }
        RotaImporter.apply(roster, rota);
        return rota;
    }
}
