package org.permanence.rota.solver;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.junit.jupiter.api.Test;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.RotaSettings;
import org.permanence.rota.domain.WorkRules;
import org.permanence.rota.solver.RuleBreach.Unit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.rota.solver.RotaTestData.LATE;
import static org.permanence.rota.solver.RotaTestData.MONDAY;
import static org.permanence.rota.solver.RotaTestData.NIGHT;
import static org.permanence.rota.solver.RotaTestData.PARIS;
import static org.permanence.rota.solver.RotaTestData.employee;

class RotaExplanationsTest {

    private final RotaExplanations explanations = new RotaExplanations(PARIS);

    @Test
    void shortRestFoundByTheSolverReadsAsHoursBetweenTwoNamedShifts() {
        Employee alice = employee("Alice Martin", WorkRules.frenchLabourCode(35 * 60));
        RotaPlan plan = new RotaPlan(MONDAY, MONDAY.plusDays(1), RotaSettings.defaults(PARIS, Set.of()),
                List.of(alice), List.of(NIGHT, LATE), List.of(), List.of(), List.of(), List.of());
        plan.employeeDay(alice, MONDAY).setShiftType(NIGHT);
        plan.employeeDay(alice, MONDAY.plusDays(1)).setShiftType(LATE);
        SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager =
                SolutionManager.create(RotaSolverFactory.create(Duration.ofSeconds(1), Duration.ofSeconds(1)));

        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(plan);

        RuleBreach breach = (RuleBreach) analysis.getConstraintAnalysis(RotaConstraintProvider.MINIMUM_REST)
                .matches().get(0).justification();
        assertThat(explanations.explain(RotaConstraintProvider.MINIMUM_REST, breach)).isEqualTo(
                "Alice Martin, 3 Mar to 4 Mar: 7 h rest between N 3 Mar and L 4 Mar; at least 11 h required");
    }

    @Test
    void understaffingNamesTheSlotInLocalTimeAndThePeopleMissing() {
        RuleBreach breach = new RuleBreach("CALL_HANDLER 2025-03-03T06:00:00Z–2025-03-03T07:30:00Z", null, null, 2,
                4, Unit.PERSONS, "on duty");

        assertThat(explanations.explain(RotaConstraintProvider.UNDERSTAFFING, breach))
                .isEqualTo("CALL_HANDLER 3 Mar 07:00–3 Mar 08:30: 2 people on duty, 4 people needed");
    }

    @Test
    void countsAlreadyNamedByTheRuleAreNotRepeated() {
        RuleBreach breach = new RuleBreach("Bob", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9), 7, 6,
                Unit.DAYS, "consecutive working days");

        assertThat(explanations.explain(RotaConstraintProvider.MAX_CONSECUTIVE_WORKING_DAYS, breach))
                .isEqualTo("Bob, 3 Mar to 9 Mar: 7 consecutive working days; at most 6 allowed");
    }

    @Test
    void contractDeviationComparesHoursWorkedWithTheContract() {
        RuleBreach breach = new RuleBreach("Chloé", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), 7230,
                7800, Unit.MINUTES, "worked against contract minutes");

        assertThat(explanations.explain(RotaConstraintProvider.CONTRACT_DEVIATION, breach))
                .isEqualTo("Chloé, 1 Mar to 31 Mar: worked 120 h 30 against 130 h by contract");
    }

    @Test
    void forbiddenThingsSayWhatHappenedAndHowMuch() {
        RuleBreach unavailable = new RuleBreach("Dan", LocalDate.of(2025, 3, 4), null, 480, 0, Unit.MINUTES,
                "N while unavailable, minutes");
        RuleBreach request = new RuleBreach("Eve", LocalDate.of(2025, 3, 5), null, 3, 0, Unit.WEIGHT,
                "request to work E not granted, weight");

        assertThat(explanations.explain(RotaConstraintProvider.UNAVAILABLE_TIME, unavailable))
                .isEqualTo("Dan, 4 Mar: N while unavailable (8 h)");
        assertThat(explanations.explain(RotaConstraintProvider.SHIFT_ON_REQUEST, request))
                .isEqualTo("Eve, 5 Mar: request to work E not granted (weight 3)");
    }

    @Test
    void durationsReadAsHoursAndMinutes() {
        assertThat(RotaExplanations.duration(540)).isEqualTo("9 h");
        assertThat(RotaExplanations.duration(570)).isEqualTo("9 h 30");
        assertThat(RotaExplanations.duration(45)).isEqualTo("45 min");
    }

    @Test
    void constraintNamesAreExactlyTheProvidersConstraints() {
        Employee alice = employee("Alice Martin", WorkRules.frenchLabourCode(35 * 60));
        RotaPlan plan = new RotaPlan(MONDAY, MONDAY, RotaSettings.defaults(PARIS, Set.of()), List.of(alice),
                List.of(NIGHT), List.of(), List.of(), List.of(), List.of());
        SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager =
                SolutionManager.create(RotaSolverFactory.create(Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThat(solutionManager.analyze(plan).constraintAnalyses())
                .extracting(constraint -> constraint.constraintName())
                .containsExactlyInAnyOrderElementsOf(ConstraintNames.all());
    }
}
