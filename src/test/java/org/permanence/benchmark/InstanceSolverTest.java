package org.permanence.benchmark;

import java.time.Duration;
import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.junit.jupiter.api.Test;
import org.permanence.rota.solver.EmployeeReplanMoveFactory;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceSolverTest {

    private final InstanceSolver solver = new InstanceSolver(ShiftSchedulingBenchCommand.benchmarkSolverConfig());

    @Test
    void largeRotasKeepAShortHistoryAndRePlanOneEmployeePerMove() {
        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(22)), Duration.ofSeconds(1));

        LocalSearchPhaseConfig localSearch = localSearch(config);
        assertThat(localSearch.getAcceptorConfig().getLateAcceptanceSize())
                .isEqualTo(InstanceSolver.LARGE_ROTA_LATE_ACCEPTANCE_SIZE);
        assertThat(rePlanSelector(localSearch).getMoveIteratorFactoryCustomProperties())
                .isEqualTo(Map.of(EmployeeReplanMoveFactory.MOST_EMPLOYEES_RE_PLANNED, "1"));
        // Timefold accepts the property: the solver builds.
        assertThat(SolverFactory.create(config).buildSolver()).isNotNull();
    }

    @Test
    void largeRotasOfManyEmployeesAimMoreRePlansAtShortCells() {
        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(21)), Duration.ofSeconds(1));

        assertThat(rePlanSelector(localSearch(config)).getMoveIteratorFactoryCustomProperties())
                .isEqualTo(Map.of(EmployeeReplanMoveFactory.MOST_EMPLOYEES_RE_PLANNED, "1",
                        EmployeeReplanMoveFactory.AIMED_PERCENT, "75"));
        assertThat(SolverFactory.create(config).buildSolver()).isNotNull();
    }

    @Test
    void rotasOfManyEmployeesRePlanOneEmployeePerMoveWithTheDefaultHistory() {
        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(13)), Duration.ofSeconds(1));

        LocalSearchPhaseConfig localSearch = localSearch(config);
        assertThat(localSearch.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(100);
        assertThat(rePlanSelector(localSearch).getMoveIteratorFactoryCustomProperties())
                .isEqualTo(Map.of(EmployeeReplanMoveFactory.MOST_EMPLOYEES_RE_PLANNED, "1"));
    }

    @Test
    void smallRotasKeepALongHistoryAndTheDefaultRePlans() {
        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(2)), Duration.ofSeconds(1));

        LocalSearchPhaseConfig localSearch = localSearch(config);
        assertThat(localSearch.getAcceptorConfig().getLateAcceptanceSize())
                .isEqualTo(InstanceSolver.SMALL_ROTA_LATE_ACCEPTANCE_SIZE);
        assertThat(rePlanSelector(localSearch).getMoveIteratorFactoryCustomProperties()).isNull();
        assertThat(config.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void tuningOneInstanceLeavesTheNextOnesUntouched() {
        solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(21)), Duration.ofSeconds(1));

        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(14)), Duration.ofSeconds(1));

        assertThat(rePlanSelector(localSearch(config)).getMoveIteratorFactoryCustomProperties()).isNull();
        assertThat(localSearch(config).getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(100);
    }

    private static LocalSearchPhaseConfig localSearch(SolverConfig config) {
        return config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                .map(LocalSearchPhaseConfig.class::cast).findFirst().orElseThrow();
    }

    private static MoveIteratorFactoryConfig rePlanSelector(LocalSearchPhaseConfig localSearch) {
        return ((UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig()).getMoveSelectorList().stream()
                .filter(MoveIteratorFactoryConfig.class::isInstance).map(MoveIteratorFactoryConfig.class::cast)
                .filter(factory -> factory.getMoveIteratorFactoryClass() == EmployeeReplanMoveFactory.class)
                .findFirst().orElseThrow();
    }
}
