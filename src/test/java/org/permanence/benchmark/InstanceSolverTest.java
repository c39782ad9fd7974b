package org.permanence.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.junit.jupiter.api.Test;
import org.permanence.rota.solver.ColumnGeneration;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.solver.EmployeeReplanMoveFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class InstanceSolverTest {

    private final InstanceSolver solver = new InstanceSolver(ShiftSchedulingBenchCommand.benchmarkSolverConfig());

    @Test
    void largeRotasKeepAShortHistoryAndRePlanOneEmployeePerMoveWithoutLendingMinutesWithABonusAndAtHalfWeekends() {
        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(22)), Duration.ofSeconds(1));

        LocalSearchPhaseConfig localSearch = localSearch(config);
        assertThat(localSearch.getAcceptorConfig().getLateAcceptanceSize())
                .isEqualTo(InstanceSolver.LARGE_ROTA_LATE_ACCEPTANCE_SIZE);
        assertThat(rePlanSelector(localSearch).getMoveIteratorFactoryCustomProperties())
                .isEqualTo(Map.of(EmployeeReplanMoveFactory.MOST_EMPLOYEES_RE_PLANNED, "1",
                        EmployeeReplanMoveFactory.LENDING_PERCENT, "0",
                        EmployeeReplanMoveFactory.AIMED_CELL_BONUS_PERCENT, "100",
                        EmployeeReplanMoveFactory.HALF_WEEKEND_PERCENT, "75"));
        // Timefold accepts the properties: the solver builds.
        assertThatCode(() -> SolverFactory.create(config).buildSolver()).as("the custom properties bind")
                .doesNotThrowAnyException();
    }

    @Test
    void largeRotasOfManyEmployeesAimMoreRePlansAtShortCells() {
        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(21)), Duration.ofSeconds(1));

        assertThat(rePlanSelector(localSearch(config)).getMoveIteratorFactoryCustomProperties())
                .isEqualTo(Map.of(EmployeeReplanMoveFactory.MOST_EMPLOYEES_RE_PLANNED, "1",
                        EmployeeReplanMoveFactory.AIMED_PERCENT, "75", EmployeeReplanMoveFactory.LENDING_PERCENT, "0",
                        EmployeeReplanMoveFactory.HALF_WEEKEND_PERCENT, "75",
                        EmployeeReplanMoveFactory.AIMED_CELL_BONUS_PERCENT, "100"));
        assertThatCode(() -> SolverFactory.create(config).buildSolver()).as("the custom properties bind")
                .doesNotThrowAnyException();
    }

    @Test
    void rotasOfOneSearchPlanTheirRePlansInTheBackgroundOnAProcessorLeftIdle() {
        InstanceSolver twoProcessors = new InstanceSolver(ShiftSchedulingBenchCommand.benchmarkSolverConfig(), 2);

        RotaPlan largeRota = RotaImporter.toRota(BenchmarkFiles.instance(22));
        assertThat(twoProcessors.searchConfigs(largeRota, Duration.ofSeconds(1))).hasSize(1);
        SolverConfig large = twoProcessors.configFor(largeRota, Duration.ofSeconds(1));
        assertThat(rePlanSelector(localSearch(large)).getMoveIteratorFactoryCustomProperties())
                .containsEntry(EmployeeReplanMoveFactory.BACKGROUND_PLANNERS, "1");
        assertThat(SolverFactory.create(large).buildSolver()).isNotNull();

        RotaPlan small = RotaImporter.toRota(BenchmarkFiles.instance(5));
        assertThat(twoProcessors.searchConfigs(small, Duration.ofSeconds(1))).hasSize(2);
        assertThat(twoProcessors.configFor(small, Duration.ofSeconds(1)).getPhaseConfigList())
                .filteredOn(LocalSearchPhaseConfig.class::isInstance)
                .map(phase -> rePlanSelector((LocalSearchPhaseConfig) phase).getMoveIteratorFactoryCustomProperties())
                .allSatisfy(properties -> assertThat(properties == null ? Map.of() : properties)
                        .doesNotContainKey(EmployeeReplanMoveFactory.BACKGROUND_PLANNERS));
    }

    @Test
    void rotasOfManyEmployeesRePlanOneEmployeePerMoveWithTheShortHistoryOfLargeRotasAndLongerHandOverChains() {
        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(13)), Duration.ofSeconds(1));

        LocalSearchPhaseConfig localSearch = localSearch(config);
        assertThat(localSearch.getAcceptorConfig().getLateAcceptanceSize())
                .isEqualTo(InstanceSolver.LARGE_ROTA_LATE_ACCEPTANCE_SIZE);
        assertThat(rePlanSelector(localSearch).getMoveIteratorFactoryCustomProperties())
                .isEqualTo(Map.of(EmployeeReplanMoveFactory.MOST_EMPLOYEES_RE_PLANNED, "1",
                        EmployeeReplanMoveFactory.LONGEST_HAND_OVER_CHAIN,
                        String.valueOf(InstanceSolver.LONGEST_HAND_OVER_CHAIN_ON_SHORT_ROTAS_OF_MANY_EMPLOYEES)));
        assertThatCode(() -> SolverFactory.create(config).buildSolver()).as("the custom properties bind")
                .doesNotThrowAnyException();
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
    void columnGenerationGetsItsShareOfTheTimeAfterAShortFirstSearch() {
        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(5)), Duration.ofSeconds(60));

        List<PhaseConfig> phases = config.getPhaseConfigList();
        assertThat(phases).hasSize(4);
        assertThat(phases.get(1).getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(3));
        assertThat(((CustomPhaseConfig) phases.get(2)).getCustomProperties())
                .isEqualTo(Map.of(ColumnGeneration.BUDGET_MILLIS, "42000"));
        assertThat(phases.get(3).getTerminationConfig()).isNull();
        assertThatCode(() -> SolverFactory.create(config).buildSolver()).as("the custom properties bind")
                .doesNotThrowAnyException();
    }

    @Test
    void whereColumnGenerationDoesNotFitOneLocalSearchHasAllTheTime() {
        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(15)), Duration.ofSeconds(60));

        List<PhaseConfig> phases = config.getPhaseConfigList();
        assertThat(phases).hasSize(2);
        assertThat(phases.get(1)).isInstanceOf(LocalSearchPhaseConfig.class);
        assertThat(phases.get(1).getTerminationConfig()).isNull();
    }

    @Test
    void tuningOneInstanceLeavesTheNextOnesUntouched() {
        solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(21)), Duration.ofSeconds(1));

        SolverConfig config = solver.configFor(RotaImporter.toRota(BenchmarkFiles.instance(14)), Duration.ofSeconds(1));

        assertThat(rePlanSelector(localSearch(config)).getMoveIteratorFactoryCustomProperties()).isNull();
        assertThat(localSearch(config).getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(100);
    }

    @Test
    void severalSearchesRunOnSmallRotasWithConsecutiveSeeds() {
        InstanceSolver twoSearches = new InstanceSolver(
                ShiftSchedulingBenchCommand.benchmarkSolverConfig().withRandomSeed(7L), 2);

        List<SolverConfig> configs = twoSearches.searchConfigs(RotaImporter.toRota(BenchmarkFiles.instance(5)),
                Duration.ofSeconds(1));

        assertThat(configs).extracting(SolverConfig::getRandomSeed).containsExactly(7L, 8L);
        assertThat(configs).allSatisfy(config -> {
            assertThat(config.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(1));
            assertThat(localSearch(config).getAcceptorConfig().getLateAcceptanceSize())
                    .isEqualTo(InstanceSolver.SMALL_ROTA_LATE_ACCEPTANCE_SIZE);
        });
    }

    @Test
    void largeRotasAndRotasOfManyEmployeesKeepOneSearch() {
        InstanceSolver twoSearches = new InstanceSolver(ShiftSchedulingBenchCommand.benchmarkSolverConfig(), 2);

        assertThat(twoSearches.searchConfigs(RotaImporter.toRota(BenchmarkFiles.instance(22)), Duration.ofSeconds(1)))
                .hasSize(1);
        assertThat(twoSearches.searchConfigs(RotaImporter.toRota(BenchmarkFiles.instance(13)), Duration.ofSeconds(1)))
                .hasSize(1);
    }

    @Test
    void theBestScoreWinsTheFirstFeasibleTimeIsReportedAndTheMovesOfAllSearchesAdd() {
        Instance instance = BenchmarkFiles.instance(1);
        Roster published = BenchmarkFiles.publishedRoster(instance);
        Evaluation evaluation = new RosterEvaluator(instance).evaluate(published);
        InstanceSolver.Result earlyButWorse = new InstanceSolver.Result(instance, Roster.allOff(8, 14), evaluation,
                HardMediumSoftLongScore.of(0, 0, -700), 300, 1_000, 40_000);
        InstanceSolver.Result lateButBetter = new InstanceSolver.Result(instance, published, evaluation,
                HardMediumSoftLongScore.of(0, 0, -607), 900, 1_010, 50_000);
        InstanceSolver.Result infeasible = new InstanceSolver.Result(instance, Roster.allOff(8, 14), evaluation,
                HardMediumSoftLongScore.of(-1, 0, 0), -1, 1_005, 10_000);

        InstanceSolver.Result best = InstanceSolver.bestOf(List.of(infeasible, earlyButWorse, lateButBetter));

        assertThat(best.roster()).isSameAs(published);
        assertThat(best.score()).isEqualTo(HardMediumSoftLongScore.of(0, 0, -607));
        assertThat(best.millisToFeasible()).isEqualTo(300);
        assertThat(best.millisSpent()).isEqualTo(1_010);
        assertThat(best.movesEvaluated()).isEqualTo(100_000);
        assertThat(best.movesPerSecond()).isEqualTo(99_009);
    }

    @Test
    void twoSearchesSolveASmallInstanceToARosterTheEvaluatorScoresAlike() {
        Instance instance = BenchmarkFiles.instance(1);

        InstanceSolver.Result result = new InstanceSolver(ShiftSchedulingBenchCommand.benchmarkSolverConfig(), 2)
                .solve(instance, Duration.ofSeconds(2));

        assertThat(result.evaluation().feasible()).isTrue();
        assertThat(result.evaluation().penalty()).isEqualTo(-result.score().softScore()).isGreaterThanOrEqualTo(607);
        assertThat(result.movesEvaluated()).isPositive();
        assertThat(result.movesPerSecond()).isEqualTo(result.movesEvaluated() * 1000 / result.millisSpent());
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
