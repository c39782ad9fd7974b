package org.permanence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.rota.domain.RotaPlan;

/** The product's constraints, weighted for the benchmark, score rosters exactly as the independent evaluator. */
class TimefoldScoreAgreementTest {

    private static final SolverConfig SOLVER_CONFIG = ShiftSchedulingBenchCommand.productSolverConfig();
    private static final SolutionManager<RotaPlan, HardMediumSoftLongScore> SCORING =
            SolutionManager.create(SolverFactory.create(SOLVER_CONFIG));

    @ParameterizedTest
    @CsvSource({"1,607", "2,828", "3,1001", "4,1716"})
    void productScoresThePublishedRostersAtTheirKnownPenalty(int number, long penalty) {
        Instance instance = BenchmarkFiles.instance(number);
        RotaPlan rota = RotaImporter.toRota(instance);
        RotaImporter.apply(BenchmarkFiles.publishedRoster(instance), rota);

        HardMediumSoftLongScore score = SCORING.update(rota);

        assertThat(score).isEqualTo(HardMediumSoftLongScore.of(0, 0, -penalty));
    }

    @Test
    void productScoresABrokenRosterAsInfeasibleLikeTheEvaluator() {
        Instance instance = BenchmarkFiles.instance(2);
        Roster roster = BenchmarkFiles.publishedRoster(instance);
        roster.assign(0, 1, "L");
        roster.assign(0, 2, "E");
        RotaPlan rota = RotaImporter.toRota(instance);
        RotaImporter.apply(roster, rota);

        HardMediumSoftLongScore score = SCORING.update(rota);

        assertThat(new RosterEvaluator(instance).evaluate(roster).feasible()).isFalse();
        assertThat(score.hardScore()).isNegative();
    }

    @Test
    void solvedRosterOfInstance1IsScoredAlikeByTimefoldAndTheEvaluator() {
        Instance instance = BenchmarkFiles.instance(1);

        InstanceSolver.Result result = new InstanceSolver(SOLVER_CONFIG).solve(instance, Duration.ofSeconds(5));

        Evaluation evaluation = result.evaluation();
        assertThat(result.score().hardScore() == 0 && result.score().mediumScore() == 0)
                .isEqualTo(evaluation.feasible());
        assertThat(-result.score().softScore()).isEqualTo(evaluation.penalty());
    }
}
