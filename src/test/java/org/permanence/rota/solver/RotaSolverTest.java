package org.permanence.rota.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.Test;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.FixedDayOff;
import org.permanence.rota.domain.Rota;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.WorkRules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.rota.solver.RotaTestData.EARLY;
import static org.permanence.rota.solver.RotaTestData.LATE;
import static org.permanence.rota.solver.RotaTestData.MONDAY;
import static org.permanence.rota.solver.RotaTestData.PARIS;
import static org.permanence.rota.solver.RotaTestData.PHONE;
import static org.permanence.rota.solver.RotaTestData.at;
import static org.permanence.rota.solver.RotaTestData.employee;

class RotaSolverTest {

    /** One week, an early and a late shift a day each needing one person, five part-timers. */
    private static Rota smallRota() {
        List<CoverDemand> demands = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            demands.add(CoverDemand.forSkill(PHONE, at(day, 8, 0), at(day, 8, 30), 1, 30, 1));
            demands.add(CoverDemand.forSkill(PHONE, at(day, 21, 0), at(day, 21, 30), 1, 30, 1));
        }
        List<Employee> staff = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            staff.add(employee("Employee" + i, WorkRules.frenchLabourCode(24 * 60)));
        }
        return new Rota(MONDAY, MONDAY.plusDays(6), RotaSettings.defaults(PARIS, Set.of()), staff,
                List.of(EARLY, LATE), demands, List.of(), List.of(), List.of(new FixedDayOff(staff.get(0), MONDAY)));
    }

    @Test
    void solvesASmallRotaToNoHardBreachAndFullCoverage() {
        SolverFactory<Rota> factory = RotaSolverFactory.create(Duration.ofSeconds(5), Duration.ofSeconds(2));
        Solver<Rota> solver = factory.buildSolver();

        Rota solved = solver.solve(smallRota());

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        assertThat(solved.plannedShifts()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(solved.plannedShifts()).noneMatch(planned -> planned.employee() == solved.getEmployees().get(0)
                && planned.shift().date().equals(MONDAY));
    }

    @Test
    void understaffingCanBeMovedToTheSoftLevelPerRota() {
        SolutionManager<Rota, HardMediumSoftLongScore> scoring =
                SolutionManager.create(RotaSolverFactory.create(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        Rota unplanned = smallRota();
        HardMediumSoftLongScore byDefault = scoring.update(unplanned);

        Rota benchmarkStyle = smallRota();
        benchmarkStyle.overrideConstraintWeights(Map.of(
                RotaConstraintProvider.UNDERSTAFFING, HardMediumSoftLongScore.ONE_SOFT,
                RotaConstraintProvider.CONTRACT_DEVIATION, HardMediumSoftLongScore.ZERO));
        HardMediumSoftLongScore overridden = scoring.update(benchmarkStyle);

        assertThat(byDefault.mediumScore()).isEqualTo(-14 * 30);
        assertThat(overridden.mediumScore()).isZero();
        assertThat(overridden.softScore()).isEqualTo(-14 * 30);
    }
}
