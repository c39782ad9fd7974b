package org.permanence.rota.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.permanence.rota.domain.Rota;

import java.time.Duration;

/**
 * Builds rota solvers from {@code solver-config/rota-solver.xml} (on the classpath), with the time budget of the
 * request: stop after {@code spentLimit}, or earlier when the best score has not improved for {@code unimprovedLimit}.
 */
public final class RotaSolverFactory {

    public static final String SOLVER_CONFIG_RESOURCE = "solver-config/rota-solver.xml";

    private RotaSolverFactory() {
    }

    /** The solver configuration with its default termination. */
    public static SolverConfig loadConfig() {
        return SolverConfig.createFromXmlResource(SOLVER_CONFIG_RESOURCE, RotaSolverFactory.class.getClassLoader());
    }

    public static SolverConfig config(Duration spentLimit, Duration unimprovedLimit) {
        return loadConfig().withTerminationConfig(new TerminationConfig()
                .withSpentLimit(spentLimit)
                .withUnimprovedSpentLimit(unimprovedLimit));
    }

    public static SolverFactory<Rota> create(Duration spentLimit, Duration unimprovedLimit) {
        return SolverFactory.create(config(spentLimit, unimprovedLimit));
    }
}
