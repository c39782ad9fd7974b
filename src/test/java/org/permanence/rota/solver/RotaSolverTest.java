package org.permanence.rota.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.Test;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.EmployeeHistory;
import org.permanence.rota.domain.FixedDayOff;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.rota.solver.RotaTestData.EARLY;
import static org.permanence.rota.solver.RotaTestData.LATE;
import static org.permanence.rota.solver.RotaTestData.LONG_DAY;
import static org.permanence.rota.solver.RotaTestData.LONG_NIGHT;
import static org.permanence.rota.solver.RotaTestData.NIGHT;
import static org.permanence.rota.solver.RotaTestData.SIX_AM;
import static org.permanence.rota.solver.RotaTestData.MONDAY;
import static org.permanence.rota.solver.RotaTestData.PARIS;
import static org.permanence.rota.solver.RotaTestData.PHONE;
import static org.permanence.rota.solver.RotaTestData.at;
import static org.permanence.rota.solver.RotaTestData.employee;

class RotaSolverTest {

    /** One week, an early and a late shift a day each needing one person, five part-timers. */
    private static RotaPlan smallRota() {
        List<CoverDemand> demands = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            demands.add(CoverDemand.forSkill(PHONE, at(day, 8, 0), at(day, 8, 30), 1, 30, 1));
            demands.add(CoverDemand.forSkill(PHONE, at(day, 21, 0), at(day, 21, 30), 1, 30, 1));
        }
        List<Employee> staff = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            staff.add(employee("Employee" + i, WorkRules.frenchLabourCode(24 * 60)));
        }
        return new RotaPlan(MONDAY, MONDAY.plusDays(6), RotaSettings.defaults(PARIS, Set.of()), staff,
                List.of(EARLY, LATE), demands, List.of(), List.of(), List.of(new FixedDayOff(staff.get(0), MONDAY)));
    }

    @Test
    void solvesASmallRotaToNoHardBreachAndFullCoverage() {
        // a budget in moves, not seconds: the same rota on a busy machine as on an idle one
        Solver<RotaPlan> solver = SolverFactory.<RotaPlan>create(RotaSolverFactory.loadConfig()
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(50_000L))).buildSolver();

        RotaPlan solved = solver.solve(smallRota());

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        assertThat(solved.plannedShifts()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(solved.plannedShifts()).noneMatch(planned -> planned.employee() == solved.getEmployees().get(0)
                && planned.shift().date().equals(MONDAY));
    }

    /**
     * After every move, the incremental score equals a score computed from scratch (Timefold's FULL_ASSERT) on a
     * fortnight exercising the rules built on derived streams: night workers (made by the period's nights or by
     * the history's) and their average, a leaver's last night, overlaps counted as rest.
     */
    @Test
    void incrementalScoreOfTheNightWorkerAndEmploymentRulesMatchesAFullRecalculation() {
        List<CoverDemand> demands = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            demands.add(CoverDemand.forSkill(PHONE, at(day, 8, 0), at(day, 8, 30), 2, 30, 1));
            demands.add(CoverDemand.forSkill(PHONE, at(day, 23, 30), at(day + 1, 0, 0), 2, 30, 1));
        }
        WorkRules nights = WorkRules.frenchLabourCode(35 * 60).withNightWork(true, 480);
        List<Employee> staff = List.of(
                employee("Nina", nights),
                employee("Noah", nights.withAverageWeeklyMax(44 * 60, 2)),
                employee("Before", nights, new EmployeeHistory(Map.of(MONDAY.minusWeeks(1), 40 * 60), Map.of(),
                        Map.of(MONDAY.minusWeeks(1), 3), null, 0, 0, 0, null)),
                new Employee("leo", "Leo", Set.of(PHONE), nights, EmployeeHistory.none(), 4,
                        MONDAY.plusDays(10).atStartOfDay(PARIS).toInstant()));
        List<FixedDayOff> leoAway = new ArrayList<>();
        for (int day = 10; day < 14; day++) {
            leoAway.add(new FixedDayOff(staff.get(3), MONDAY.plusDays(day)));
        }
        RotaPlan rota = new RotaPlan(MONDAY, MONDAY.plusDays(13), RotaSettings.defaults(PARIS, Set.of()), staff,
                List.of(EARLY, LATE, NIGHT, LONG_NIGHT, SIX_AM, LONG_DAY), demands, List.of(), List.of(), leoAway);
        Random random = new Random(7);
        for (EmployeeDay day : rota.getEmployeeDays()) {
            List<ShiftType> allowed = day.getAllowedShiftTypes();
            int pick = random.nextInt(allowed.size() + 2);
            day.setShiftType(day.isPinned() || pick >= allowed.size() ? null : allowed.get(pick));
        }
        // local search only, from that random rota: every move is one the assertion checks
        SolverConfig config = RotaSolverFactory.loadConfig()
                .withPhases(new LocalSearchPhaseConfig())
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(500L));

        RotaPlan solved = SolverFactory.<RotaPlan>create(config).buildSolver().solve(rota);

        assertThat(solved.getScore()).isNotNull();
    }

    @Test
    void understaffingCanBeMovedToTheSoftLevelPerRota() {
        SolutionManager<RotaPlan, HardMediumSoftLongScore> scoring =
                SolutionManager.create(RotaSolverFactory.create(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        RotaPlan unplanned = smallRota();
        HardMediumSoftLongScore byDefault = scoring.update(unplanned);

        RotaPlan benchmarkStyle = smallRota();
        benchmarkStyle.overrideConstraintWeights(Map.of(
                RotaConstraintProvider.UNDERSTAFFING, HardMediumSoftLongScore.ONE_SOFT,
                RotaConstraintProvider.CONTRACT_DEVIATION, HardMediumSoftLongScore.ZERO));
        HardMediumSoftLongScore overridden = scoring.update(benchmarkStyle);

        assertThat(byDefault.mediumScore()).isEqualTo(-14 * 30);
        assertThat(overridden.mediumScore()).isZero();
        assertThat(overridden.softScore()).isEqualTo(-14 * 30);
    }
}
