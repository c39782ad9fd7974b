package org.permanence.planning;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import org.permanence.rota.RotaSolving;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.system.ConflictException;
import org.springframework.stereotype.Component;

/**
 * Refuses to change a rota while the solver works on it: the solve would overwrite the change when it saves its
 * best solution. The client retries after the solve ends (or stops it); nothing is stopped implicitly.
 */
@Component
class SolvingGuard {

    private final SolverManager<RotaPlan, Long> solverManager;
    private final RotaSolving solving;

    SolvingGuard(SolverManager<RotaPlan, Long> solverManager, RotaSolving solving) {
        this.solverManager = solverManager;
        this.solving = solving;
    }

    void requireNotSolving(long rotaId) {
        // A background solve counts until its result is saved; a synchronous repair only while the solver runs.
        if (solving.isSolving(rotaId) || solverManager.getSolverStatus(rotaId) != SolverStatus.NOT_SOLVING) {
            throw new ConflictException("rota", "rota " + rotaId
                    + " is being solved; changes are refused until the solve ends or is stopped");
        }
    }
}
