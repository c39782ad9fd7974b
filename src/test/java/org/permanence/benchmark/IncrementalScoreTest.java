package org.permanence.benchmark;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.rota.domain.RotaPlan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After every move, the incremental score equals a score computed from scratch (Timefold's FULL_ASSERT), on instances
 * whose rules exercise every benchmark constraint: runs of working days and days off, weekends, successions, minutes.
 */
class IncrementalScoreTest {

    @ParameterizedTest
    @ValueSource(ints = {4, 7})
    void incrementalScoreMatchesAFullRecalculationAfterEveryMove(int number) {
        RotaPlan rota = RotaImporter.toRota(BenchmarkFiles.instance(number));
        // The phases of a 5 s run (column generation gets 3.5 s), then 10 000 moves in all.
        SolverConfig config = new InstanceSolver(ShiftSchedulingBenchCommand.benchmarkSolverConfig())
                .configFor(rota, Duration.ofSeconds(5))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(10_000L));

        RotaPlan solved = SolverFactory.<RotaPlan>create(config).buildSolver().solve(rota);

        assertThat(solved.getScore()).isNotNull();
    }
}
