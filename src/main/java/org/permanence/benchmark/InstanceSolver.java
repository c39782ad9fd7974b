package org.permanence.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.permanence.rota.domain.RotaPlan;

/**
 * Solves a benchmark instance with the product's solver configuration and constraints for a fixed time, then scores
 * the roster again with the independent {@link RosterEvaluator}.
 */
public final class InstanceSolver {

    /**
     * From this many employee-days (instances 20–24 have 9 100–54 600, 1–19 at most 3 360) late acceptance keeps a
     * shorter history: there the search is still thousands of violations away from feasible when construction ends,
     * and at 60 s a history of 40 got 21 feasible and 20, 22 far closer than 100, which on 11 and 16 stalled short.
     * Applies to the local-search phases of whichever configuration is passed that set a late-acceptance size.
     */
    static final int LARGE_ROTA_EMPLOYEE_DAYS = 5_000;
    static final int LARGE_ROTA_LATE_ACCEPTANCE_SIZE = 40;

    private final SolverConfig solverConfig;

    public InstanceSolver(SolverConfig solverConfig) {
        this.solverConfig = solverConfig;
    }

    /**
     * @param millisToFeasible time until the first best solution without hard (or medium) penalty, or -1 if none
     */
    public record Result(Instance instance, Roster roster, Evaluation evaluation, HardMediumSoftLongScore score,
                         long millisToFeasible, long millisSpent) {
    }

    public Result solve(Instance instance, Duration timeLimit) {
        // A fixed budget replaces the product's own termination (which also stops after an unimproved time).
        SolverConfig config = solverConfig.copyConfig()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
        RotaPlan rota = RotaImporter.toRota(instance);
        if (rota.getEmployeeDays().size() >= LARGE_ROTA_EMPLOYEE_DAYS && config.getPhaseConfigList() != null) {
            config.setPhaseConfigList(withShortLateAcceptance(config.getPhaseConfigList()));
        }
        Solver<RotaPlan> solver = SolverFactory.<RotaPlan>create(config).buildSolver();
        AtomicLong millisToFeasible = new AtomicLong(-1);
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (millisToFeasible.get() < 0 && event.isNewBestSolutionInitialized()
                    && score.hardScore() == 0 && score.mediumScore() == 0) {
                millisToFeasible.set(event.getTimeMillisSpent());
            }
        });
        long start = System.nanoTime();
        RotaPlan solved = solver.solve(rota);
        long millisSpent = (System.nanoTime() - start) / 1_000_000;
        Roster roster = RotaImporter.rosterOf(solved);
        Evaluation evaluation = new RosterEvaluator(instance).evaluate(roster);
        HardMediumSoftLongScore score = solved.getScore();
        long toFeasible = millisToFeasible.get();
        if (toFeasible < 0 && score.hardScore() == 0 && score.mediumScore() == 0) {
            toFeasible = millisSpent;
        }
        return new Result(instance, roster, evaluation, score, toFeasible, millisSpent);
    }

    private static List<PhaseConfig> withShortLateAcceptance(List<PhaseConfig> phases) {
        return phases.stream().map(phase -> {
            if (phase instanceof LocalSearchPhaseConfig localSearch && localSearch.getAcceptorConfig() != null
                    && localSearch.getAcceptorConfig().getLateAcceptanceSize() != null) {
                return (PhaseConfig) localSearch.copyConfig().withAcceptorConfig(localSearch.getAcceptorConfig()
                        .copyConfig().withLateAcceptanceSize(LARGE_ROTA_LATE_ACCEPTANCE_SIZE));
            }
            return phase;
        }).toList();
    }
}
