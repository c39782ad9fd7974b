package org.permanence.benchmark;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.permanence.rota.domain.RotaPlan;

/**
 * Solves a benchmark instance with the product's solver configuration and constraints for a fixed time, then scores
 * the roster again with the independent {@link RosterEvaluator}.
 */
public final class InstanceSolver {

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
        RotaPlan solved = solver.solve(RotaImporter.toRota(instance));
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
}
