package org.permanence.rota.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.junit.jupiter.api.Test;

import org.permanence.benchmark.BenchmarkFiles;
import org.permanence.benchmark.Evaluation;
import org.permanence.benchmark.Instance;
import org.permanence.benchmark.RosterEvaluator;
import org.permanence.benchmark.RotaImporter;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Column generation on public benchmark instances whose optimum is proven (Curtois & Qu), judged by the independent
 * {@link RosterEvaluator}: no local search runs, so what the roster scores is the phase's own work.
 */
class ColumnGenerationTest {

    @Test
    void reachesTheProvenOptimumOfInstance2FromThePatternConstruction() {
        Instance instance = BenchmarkFiles.instance(2);

        Evaluation constructed = evaluate(instance, solve(instance, false, 20_000));
        Evaluation generated = evaluate(instance, solve(instance, true, 20_000));

        assertThat(constructed.feasible()).isTrue();
        assertThat(constructed.penalty()).isGreaterThan(828);
        assertThat(generated.hardViolations()).isEmpty();
        assertThat(generated.penalty()).isEqualTo(828);
    }

    /**
     * The profile of scripts/bench-relaxation.sh: from the construction's rota, the first relaxation of instance 2
     * converges to the linear programme's optimum, 746 with exact pricing whatever the order the patterns come in,
     * and its counts add up.
     */
    @Test
    void profilesAFirstRelaxationThatConvergesToTheLinearOptimum() {
        RotaPlan constructed = solve(BenchmarkFiles.instance(2), false, 0);

        ColumnGeneration.RelaxationProfile profile = ColumnGeneration.profileRelaxation(constructed, 60_000);

        assertThat(profile.converged()).isTrue();
        assertThat(profile.value()).isCloseTo(746, within(1e-6));
        assertThat(profile.columns()).isGreaterThan(constructed.getEmployees().size());
        assertThat(profile.pricings()).isGreaterThanOrEqualTo(profile.columns() - constructed.getEmployees().size());
        assertThat(profile.solves()).isPositive();
    }

    @Test
    void leavesTheRotaAloneWhenPricingDoesNotFitTheBudget() {
        Instance instance = BenchmarkFiles.instance(5);

        Evaluation constructed = evaluate(instance, solve(instance, false, 1));
        Evaluation generated = evaluate(instance, solve(instance, true, 1));

        assertThat(generated.penalty()).isEqualTo(constructed.penalty());
    }

    private static RotaPlan solve(Instance instance, boolean withColumnGeneration, long budgetMillis) {
        SolverConfig config = new SolverConfig().withSolutionClass(RotaPlan.class).withEntityClasses(EmployeeDay.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(RotaConstraintProvider.class))
                .withPhaseList(new ArrayList<>(List.of(new CustomPhaseConfig().withCustomPhaseCommandClassList(
                        List.of(PatternConstruction.class)))));
        if (withColumnGeneration) {
            config.getPhaseConfigList().add(new CustomPhaseConfig()
                    .withCustomPhaseCommandClassList(List.of(ColumnGeneration.class))
                    .withCustomProperties(Map.of(ColumnGeneration.BUDGET_MILLIS, String.valueOf(budgetMillis))));
        }
        return SolverFactory.<RotaPlan>create(config).buildSolver().solve(RotaImporter.toRota(instance));
    }

    private static Evaluation evaluate(Instance instance, RotaPlan rota) {
        return new RosterEvaluator(instance).evaluate(RotaImporter.rosterOf(rota));
    }
}
