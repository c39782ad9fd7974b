package org.permanence.rota.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.permanence.rota.domain.RotaPlan;

/**
 * After a repair: each day the repair changed goes back to its published assignment when the rota, scored as the
 * repair scores it (its change weight included), is no worse for it ({@code solver-config/published-restoration-solver.xml}).
 */
public final class RotaRestoration {

    private static final String SOLVER_CONFIG_RESOURCE = "solver-config/published-restoration-solver.xml";

    private final SolverFactory<RotaPlan> solverFactory = SolverFactory.create(
            SolverConfig.createFromXmlResource(SOLVER_CONFIG_RESOURCE, RotaRestoration.class.getClassLoader()));

    /** The repaired rota with the needless changes undone; a rota without a published baseline comes back as is. */
    public RotaPlan restore(RotaPlan repaired) {
        return solverFactory.buildSolver().solve(repaired);
    }
}
