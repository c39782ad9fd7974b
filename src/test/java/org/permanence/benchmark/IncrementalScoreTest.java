package org.permanence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.rota.domain.RotaPlan;

/**
 * After every move, the incremental score equals a score computed from scratch (Timefold's FULL_ASSERT), on instances
 * whose rules exercise every benchmark constraint: runs of working days and days off, weekends, successions, minutes.
 */
class IncrementalScoreTest {

    @ParameterizedTest
    @ValueSource(ints = {4, 7})
    void incrementalScoreMatchesAFullRecalculationAfterEveryMove(int number) {
        SolverConfig config = ShiftSchedulingBenchCommand.benchmarkSolverConfig()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(1500));

        RotaPlan solved = SolverFactory.<RotaPlan>create(config).buildSolver()
                .solve(RotaImporter.toRota(BenchmarkFiles.instance(number)));

        assertThat(solved.getScore()).isNotNull();
    }
}
