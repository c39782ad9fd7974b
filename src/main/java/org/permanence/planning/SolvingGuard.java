package org.permanence.planning;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
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

    SolvingGuard(SolverManager<RotaPlan, Long> solverManager) {
        this.solverManager = solverManager;
    }

    void requireNotSolving(long rotaId) {
        if (solverManager.getSolverStatus(rotaId) != SolverStatus.NOT_SOLVING) {
            throw new ConflictException("rota", "rota " + rotaId
                    + " is being solved; changes are refused until the solve ends or is stopped");
        }
    }
}
